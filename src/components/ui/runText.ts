// The words of a run bar: what the pause button says in each state of a run, and the progress line with
// the time left. Pure, so every figure says the same thing and a test can read it.
import type { KernelName } from '../../engine/index.ts';
import type { RunProgress, RunState } from '../training/figureRun.ts';

/** What the pause button says; an ended run hides it and offers "Train again" instead. */
export function pauseLabel(state: RunState): { text: 'Pause' | 'Resume'; shown: boolean } {
  return {
    text: state === 'paused' ? 'Resume' : 'Pause',
    shown: state !== 'finished' && state !== 'stopped',
  };
}

/** "about 12 s left", "about 3 min left"; null (no speed measured yet) reads as an estimate to come. */
export function timeLeftText(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return 'estimating the time left';
  if (seconds < 1) return 'under a second left';
  if (seconds < 90) return `about ${Math.ceil(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/**
 * The progress line: steps of all the run's parts together, and what the run is doing. `unit` names what
 * the run counts when it is not training steps (the step-time figure counts the cells it has timed).
 */
export function runProgressText(
  run: {
    state: RunState;
    progress: RunProgress;
    parts: readonly unknown[];
  },
  unit = 'steps',
): string {
  const { step, total, secondsLeft } = run.progress;
  const across = run.parts.length > 1 ? ` across ${run.parts.length} runs` : '';
  const steps = `${step} of ${total} ${unit}${across}`;
  switch (run.state) {
    case 'starting':
      return `starting: ${steps}`;
    case 'running':
      return `${steps} · ${timeLeftText(secondsLeft)}`;
    case 'paused':
      return `paused: ${steps}`;
    case 'away':
      return `Paused while the figure is off screen: ${steps}`;
    case 'finished':
      return `finished: ${steps}`;
    case 'stopped':
      return 'stopped early';
  }
}

/** How a kernel reads in a run bar: the reader's words for what the browser runs. */
const KERNEL_WORDS: Record<KernelName, string> = {
  wasm: 'WebAssembly',
  // the TypeScript kernels reach the browser as JavaScript, and that is what a reader would call them
  typescript: 'JavaScript',
  reference: 'JavaScript',
};

/**
 * "on 1 core", "on 2 cores · WebAssembly": what a run trains on, and the kernel of its matrix products
 * once its worker said; empty while the cores are not known.
 */
export function coresText(cores: number | null, kernel: KernelName | null = null): string {
  if (cores === null || !Number.isInteger(cores) || cores < 1) return '';
  const on = `on ${cores} ${cores === 1 ? 'core' : 'cores'}`;
  return kernel === null ? on : `${on} · ${KERNEL_WORDS[kernel]}`;
}
