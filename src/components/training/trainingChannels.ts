// Ports for several training runs of one figure, on as many workers as the machine can spare: one core is
// left to the page, so on a two-core laptop all runs share one worker (three workers there made the
// page's tasks stretch past 50 ms, measured in Chapter 5's race) and on a bigger machine they spread out.
import { type ChannelPort, workerChannels } from '../../engine/index.ts';
import { newTrainingWorker } from './trainingWorker.ts';

/** Workers for `runs` runs: at most one per run, at most all cores but one, at least one. */
export function workerCount(runs: number, cores: number | undefined): number {
  return Math.max(1, Math.min(runs, (cores || 2) - 1));
}

/**
 * Opens up to `runs` ports, each a run's channel to a training worker (see workerChannels). The workers
 * start with the first port, so a model that ends up reusing older runs starts none.
 */
export function trainingChannels(runs: number): () => ChannelPort {
  let channels: ReturnType<typeof workerChannels> | null = null;
  return () => {
    channels ??= workerChannels(
      Array.from({ length: workerCount(runs, globalThis.navigator?.hardwareConcurrency) }, newTrainingWorker),
    );
    return channels.open();
  };
}
