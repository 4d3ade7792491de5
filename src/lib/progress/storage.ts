// Where progress lives: localStorage, behind an adapter that never throws. Storage that is disabled
// (the getter throws), full (setItem throws) or corrupted (junk JSON) becomes a plain problem message.
import { emptyProgress, type Progress, parseProgress } from './store.ts';

export const STORAGE_KEY = 'unrolled.progress';

export type StorageProblem = 'disabled' | 'full' | 'corrupted';

export const PROBLEM_MESSAGES: Record<StorageProblem, string> = {
  disabled:
    'This browser is not letting the book store anything, so your progress cannot be saved. The exercises still check your answers; export your results before you leave the page.',
  full: "This browser's storage is full, so your progress cannot be saved. The exercises still check your answers; export your results before you leave the page.",
  corrupted: 'Progress saved earlier could not be read, so it starts afresh here. New answers will be saved.',
};

export interface ProgressStorage {
  load(): Progress;
  /** False when the write failed; `problem` then says why. */
  save(progress: Progress): boolean;
  readonly problem: StorageProblem | undefined;
}

/** `getStorage` is `() => window.localStorage` in the page; tests pass fakes that throw or fill up. */
export function openProgressStorage(getStorage: () => Storage): ProgressStorage {
  let problem: StorageProblem | undefined;
  let storage: Storage | undefined;
  try {
    storage = getStorage();
    // Some browsers hand out a storage object that throws on first use (private modes, policies).
    storage.getItem(STORAGE_KEY);
  } catch {
    storage = undefined;
    problem = 'disabled';
  }
  return {
    get problem() {
      return problem;
    },
    load() {
      if (!storage) return emptyProgress();
      let raw: string | null;
      try {
        raw = storage.getItem(STORAGE_KEY);
      } catch {
        problem = 'disabled';
        return emptyProgress();
      }
      if (raw === null) return emptyProgress();
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        problem = 'corrupted';
        return emptyProgress();
      }
      const p = parseProgress(parsed);
      if (!p.ok) {
        problem = 'corrupted';
        return emptyProgress();
      }
      return p.value;
    },
    save(progress) {
      if (!storage) return false;
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(progress));
        if (problem === 'full') problem = undefined;
        return true;
      } catch {
        problem = 'full';
        return false;
      }
    },
  };
}
