// The four racers of Chapter 8's race, its two tasks and the settings they share (one seed, one optimizer, one budget): plain constants, so the page can name them without loading the engine.

export type Racer = 'rnn' | 'lstm' | 'gru' | 'transformer';
export const RACERS: readonly Racer[] = ['rnn', 'lstm', 'gru', 'transformer'];
export const RACER_NAME: Record<Racer, string> = {
  rnn: 'RNN',
  lstm: 'LSTM',
  gru: 'GRU',
  transformer: 'Transformer',
};

/** The lags of the recorded race: Chapter 5 raced to 100; attention should not care how far back x₀ is. */
export const LAGS = [10, 25, 50, 100, 200] as const;
export type Lag = (typeof LAGS)[number];
/** Chapter 5's race: 4 symbols, batches of 16, Adam at 0.02, gradients clipped at norm 1, 400 steps, seed 1. */
export const SYMBOLS = 4;
export const STEPS = 400;
export const SEED = 1;
export const CLIP = 1;

/** The race's two tasks: Chapter 5's long-lag task (columns: lags), and digit reversal (columns: lengths). */
export type RaceTask = 'long-lag' | 'reversal';
export const RACE_TASKS: readonly RaceTask[] = ['long-lag', 'reversal'];
export const RACE_TASK_NAME: Record<RaceTask, string> = {
  'long-lag': 'long lag',
  reversal: 'digit reversal',
};

/**
 * Digit reversal (src/tasks/raceReverse.ts): up to n digits of 6, then BOS, then the digits reversed and
 * EOS. Six digits make its vocabulary 9 tokens, as the long-lag task's, so the transformer that sets the
 * budget has the same 489 parameters. The longest sequences measured in Node that one racer still
 * reverses at all within 400 steps, from where every racer does to where none is exact.
 */
export const REVERSAL_DIGITS = 6;
export const LENGTHS = [3, 5, 8, 12, 20] as const;

/** A task's columns: lags for the long-lag task, longest lengths n for reversal. */
export function columnsOf(task: RaceTask): readonly number[] {
  return task === 'long-lag' ? LAGS : LENGTHS;
}

/** The transformer: one layer, d = 8 in two heads, attention only (the task needs no MLP; see src/tasks/longLagTransformer.ts). */
export const TRANSFORMER = { d: 8, heads: 2, layers: 1, mlp: 0 };

/** The engine's task of each race task. */
export const ENGINE_TASK: Record<RaceTask, string> = { 'long-lag': 'long-lag', reversal: 'race-reverse' };

/** The task's settings for a racer of state size (or width) `hidden` at column `at` (a lag, or a length n). */
export function racerConfig(
  racer: Racer,
  at: number,
  hidden: number,
  task: RaceTask = 'long-lag',
): Record<string, unknown> {
  const base =
    task === 'long-lag'
      ? { cell: racer, symbols: SYMBOLS, lag: at, hidden }
      : { cell: racer, digits: REVERSAL_DIGITS, length: at, hidden };
  const { heads, layers, mlp } = TRANSFORMER;
  return racer === 'transformer' ? { ...base, heads, layers, mlp } : base;
}

/** The run settings of one cell of the race, the racer at state size (or width) `hidden`: the same seed, optimizer and clipping for every racer. */
export function raceSettingsFor(racer: Racer, at: number, hidden: number, task: RaceTask = 'long-lag') {
  return {
    task: ENGINE_TASK[task],
    config: racerConfig(racer, at, hidden, task),
    seed: SEED,
    clipNorm: CLIP,
  };
}
