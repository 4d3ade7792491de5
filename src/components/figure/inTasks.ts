// Runs a model written as a generator, giving the page a turn at every `yield`, so a long computation
// is several short main-thread tasks instead of one long one (tasks over 50 ms make input lag).

type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a new task: `scheduler.yield()` where the browser has it (it keeps this work's priority), else a zero timeout. */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Steps the generator to its return value, a task per step; stops early, rejecting, when `signal` aborts (a newer state won). */
export async function inTasks<T>(steps: Generator<void, T>, signal: AbortSignal): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await nextTask();
    if (signal.aborted) throw signal.reason ?? new Error('aborted');
  }
}
