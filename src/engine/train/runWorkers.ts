// How many workers a run trains on: what its settings ask for, if the task can split its batch and the
// page gave that many followers; otherwise fewer, with a note saying why.

/** `requested` = RunSettings.workers (default 1); `followers` = follower ports the page handed the leader. */
export function runWorkers(
  requested: number | undefined,
  followers: number,
  task: { name: string; shards: boolean },
): { workers: number; note?: string } {
  const k = requested ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new Error(`workers must be a whole number ≥ 1, got ${k}`);
  if (k === 1) return { workers: 1 };
  if (!task.shards)
    return {
      workers: 1,
      note: `task '${task.name}' cannot split its batch over workers, so it trains on one`,
    };
  if (k > followers + 1)
    return {
      workers: followers + 1,
      note: `asked for ${k} workers; the page started ${followers + 1}, so the run uses ${followers + 1}`,
    };
  return { workers: k };
}
