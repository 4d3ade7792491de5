// The four racers of Chapter 8's race and the settings they share (Chapter 5's task, one seed, one optimizer): plain constants, so the page can name them without loading the engine.

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

/** The transformer: one layer, d = 8 in two heads, attention only (the task needs no MLP; see src/tasks/longLagTransformer.ts). */
export const TRANSFORMER = { d: 8, heads: 2, layers: 1, mlp: 0 };

/** The task's settings for a racer of state size (or width) `hidden` at `lag`. */
export function racerConfig(racer: Racer, lag: number, hidden: number): Record<string, unknown> {
  const base = { cell: racer, symbols: SYMBOLS, lag, hidden };
  const { heads, layers, mlp } = TRANSFORMER;
  return racer === 'transformer' ? { ...base, heads, layers, mlp } : base;
}

/** The run settings of one cell of the race, the racer at state size (or width) `hidden`: the same seed, optimizer and clipping for every racer. */
export function raceSettingsFor(racer: Racer, lag: number, hidden: number) {
  return { task: 'long-lag', config: racerConfig(racer, lag, hidden), seed: SEED, clipNorm: CLIP };
}
