// The page's one progress store: loads from localStorage once, records attempts, saves, and tells
// listeners (exercises, sidebar marks, the assignment page) when anything changed. Never throws.
import { STORAGE_KEY, openProgressStorage, type ProgressStorage, type StorageProblem } from './storage.ts';
import { type Attempt, type ExerciseKind, mergeProgress, type Progress, recordAttempt } from './store.ts';

type Listener = (progress: Progress) => void;

let storage: ProgressStorage | undefined;
let current: Progress | undefined;
const listeners = new Set<Listener>();
const problemListeners = new Set<(problem: StorageProblem) => void>();

function open(): { storage: ProgressStorage; progress: Progress } {
  if (!storage || !current) {
    storage = openProgressStorage(() => window.localStorage);
    current = storage.load();
    // Work done in another tab (a chapter opened from the assignment page) shows here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY || !storage) return;
      current = storage.load();
      for (const l of listeners) l(current);
    });
  }
  return { storage, progress: current };
}

function commit(next: Progress): void {
  const { storage } = open();
  current = next;
  storage.save(next);
  if (storage.problem) for (const l of problemListeners) l(storage.problem);
  for (const l of listeners) l(next);
}

export function getProgress(): Progress {
  return open().progress;
}

/** Why progress cannot be kept, if it cannot. */
export function storageProblem(): StorageProblem | undefined {
  return open().storage.problem;
}

export function onProgress(listener: Listener): void {
  listeners.add(listener);
}

/** Called with the problem whenever a load or a save could not use storage. */
export function onStorageProblem(listener: (problem: StorageProblem) => void): void {
  problemListeners.add(listener);
  const problem = storageProblem();
  if (problem) listener(problem);
}

export function record(where: { chapter: string; id: string; kind: ExerciseKind }, attempt: Attempt): void {
  commit(recordAttempt(getProgress(), where, attempt));
}

/** Adds imported results to what the browser holds. */
export function importProgress(imported: Progress): void {
  commit(mergeProgress(getProgress(), imported));
}
