// Warnings for the assignment builder: a lock that holds a figure setting at another value than a chosen
// exercise needs (locking T = 50 while Chapter 4's task says "set T to 30") makes that exercise impossible.
import type { FigurePreset } from '../../lib/progress/assignmentLink.ts';
import { sameSetting } from './settingLabels.ts';

export interface ChosenExercise {
  /** "chapter/id" */
  key: string;
  /** "Chapter 4, Exercise 5" */
  label: string;
  figure?: string;
  needs?: Record<string, string>;
}

/** One sentence per contradiction; `labelOf` names a setting as its control does. */
export function lockConflicts(
  presets: readonly FigurePreset[],
  chosen: readonly ChosenExercise[],
  labelOf: (chapter: string, fid: string, key: string) => string,
): string[] {
  const out: string[] = [];
  for (const e of chosen) {
    if (!e.figure || !e.needs) continue;
    const chapter = e.key.split('/')[0];
    const preset = presets.find((p) => p.chapter === chapter && p.fid === e.figure);
    if (!preset) continue;
    for (const k of preset.locked) {
      const need = e.needs[k];
      if (need === undefined || sameSetting(preset.state[k], need)) continue;
      const name = labelOf(chapter, preset.fid, k);
      out.push(`${e.label} needs ${name} = ${need}, but the assignment locks ${name} at ${preset.state[k]}.`);
    }
  }
  return out;
}
