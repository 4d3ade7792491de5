// How many workers (cores) a data-parallel run may use: the page keeps one core for itself (its tasks
// stretched past 50 ms on a two-core laptop when workers took every core, Chapter 5's race).
import { workerCount } from './trainingChannels.ts';

/** What the reader asked for, at most all cores but one, at least one; `cores` unknown counts as two. */
export function runCores(requested: number, cores: number | undefined): number {
  return workerCount(requested, cores);
}
