// Finds every exercise in a chapter's MDX source, so the instructor's guide, the assignment builder and
// the sidebar's counts are built from the chapters themselves and cannot drift from them. Pure.
import { literalSettings } from '../classroom/settingLabels.ts';

export const EXERCISE_TAGS = {
  NumericExercise: 'numeric',
  ChoiceExercise: 'choice',
  PredictExercise: 'predict',
  WidgetExercise: 'widget',
  DerivationExercise: 'derivation',
} as const;
export type ExerciseTag = keyof typeof EXERCISE_TAGS;
export type ScannedKind = (typeof EXERCISE_TAGS)[ExerciseTag];

export const KIND_LABELS: Record<ScannedKind, string> = {
  numeric: 'Numeric answer',
  choice: 'Multiple choice',
  predict: 'Predict, then reveal',
  widget: 'Task on a figure',
  derivation: 'Derivation',
};

export interface ScannedExercise {
  id: string;
  kind: ScannedKind;
  /** 1-based position in the chapter: "Exercise 3". */
  n: number;
  objective: string;
  /** The figure a predict or widget exercise drives. */
  figure?: string;
  /** The MDX between the opening and closing tags: the question, choices and solution. */
  source: string;
  /**
   * Settings of `figure` the exercise depends on, as URL-style strings: a widget task's `needs={{…}}`,
   * or the state a prediction's reveal puts the figure in (`set={{…}}`). An assignment that locks one of
   * them to another value contradicts the exercise, and the builder says so.
   */
  needs?: Record<string, string>;
  /** The opening tag's quoted attributes (answer, tolerance, units…), for the answer key. */
  attrs: Record<string, string>;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const OPEN =
  /<(NumericExercise|ChoiceExercise|PredictExercise|WidgetExercise|DerivationExercise)\b([^>]*?)(\/?)>/g;

/** Quoted attributes by value; a bare one (`relative`) as '' so `attrs.relative !== undefined` reads it. */
function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = m[2] ?? m[3];
  const rest = text.replace(/[a-zA-Z]+=(?:"[^"]*"|'[^']*'|\{\{[\s\S]*?\}\}|\{[^}]*\})/g, ' ');
  for (const m of rest.matchAll(/(?:^|\s)([a-zA-Z]+)(?=\s|$|\/)/g)) out[m[1]] ??= '';
  return out;
}

/** Exercise ids must be unique in a chapter; a missing id, objective or figure fails the build here. */
export function scanExercises(body: string, file: string): ScannedExercise[] {
  const out: ScannedExercise[] = [];
  const ids = new Set<string>();
  const figures = new Set([...body.matchAll(/<\w+Figure\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const m of body.matchAll(OPEN)) {
    const tag = m[1] as ExerciseTag;
    const a = attrs(m[2]);
    const where = `${file}: <${tag}${a.id ? ` id="${a.id}"` : ''}>`;
    if (!a.id || !ID.test(a.id))
      throw new Error(`${where} needs an id of lowercase letters, digits and hyphens`);
    if (ids.has(a.id)) throw new Error(`${where}: the id "${a.id}" is used twice in this chapter`);
    ids.add(a.id);
    if (!a.objective || a.objective.trim().length < 10)
      throw new Error(
        `${where} needs an objective="…" saying what it practises (shown in the instructor's guide)`,
      );
    const kind = EXERCISE_TAGS[tag];
    if ((kind === 'predict' || kind === 'widget') && !a.figure)
      throw new Error(`${where} needs figure="…", the id of the figure it drives`);
    if (a.figure && !figures.has(a.figure))
      throw new Error(`${where}: figure="${a.figure}" is not a figure in this chapter`);
    let source = '';
    if (m[3] !== '/') {
      const start = (m.index ?? 0) + m[0].length;
      const end = body.indexOf(`</${tag}>`, start);
      if (end < 0) throw new Error(`${where} is never closed with </${tag}>`);
      source = body.slice(start, end);
    }
    const needs =
      literalSettings(m[2], 'needs') ?? (kind === 'predict' ? literalSettings(m[2], 'set') : undefined);
    out.push({
      id: a.id,
      kind,
      n: out.length + 1,
      objective: a.objective.trim(),
      figure: a.figure,
      source,
      attrs: a,
      ...(needs ? { needs } : {}),
    });
  }
  return out;
}
