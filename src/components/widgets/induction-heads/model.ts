// The induction-heads figure's model: a live run of the engine's 'induction' task (random tokens repeated
// twice, a two-layer attention-only transformer) in a worker; its first- and second-copy losses, the step
// where the copy forms, and every head's attention on one repeated sequence, as the worker's evaluate()
// reports it (the page runs no forward pass: it only reads the maps and scores them).
import type { RunSettings } from '../../../engine/index.ts';
import { inductionTask, probeSequence } from '../../../tasks/induction.ts';
import type { PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { InductionRun } from './inductionRun.ts';
import { type HeadScores, inductionScore, pickHeads, previousTokenScore } from './scores.ts';
import type { InductionHeadsSchema } from './state.ts';

export const MAX_STEPS = 3000;
/** The task's defaults: the figure trains exactly the task the engine registers. */
export const CONFIG = inductionTask.defaults;

export function inductionSettings(seed: number): RunSettings & { maxSteps: number } {
  return {
    task: 'induction',
    config: {},
    seed,
    optimizer: inductionTask.optimizer,
    maxSteps: MAX_STEPS,
    reportEveryMs: 250,
  };
}

/** The probe whose attention the worker reports: one sequence drawn like the task's, from CONFIG.probeSeed. */
export const PROBE = probeSequence(CONFIG);

export interface HeadsReading {
  step: number;
  tokens: number[];
  /** maps[layer][head]: T×T, rows the queries. */
  maps: number[][][][];
  scores: HeadScores[];
  induction: HeadScores;
  previous: HeadScores;
}

/** Every head's attention on the probe, and its scores, from one evaluation the worker reported. */
export function readHeads(ev: { step: number; metrics: Record<string, number> }): HeadsReading {
  const { tokens, half } = PROBE;
  const T = tokens.length;
  const maps = Array.from({ length: CONFIG.layers }, (_, l) =>
    Array.from({ length: CONFIG.heads }, (_, h) =>
      Array.from({ length: T }, (_, i) =>
        Array.from({ length: T }, (_, j) => (j <= i ? (ev.metrics[`attn.${l}.${h}.${i}.${j}`] ?? 0) : 0)),
      ),
    ),
  );
  const scores = maps.flatMap((l, li) =>
    l.map((w, hi) => ({
      layer: li + 1,
      head: hi + 1,
      induction: inductionScore(w, half),
      previous: previousTokenScore(w),
    })),
  );
  return { step: ev.step, tokens, maps, scores, ...pickHeads(scores) };
}

export interface InductionHeadsModel {
  run: FigureRun<InductionRun>;
  layer: number;
  head: number;
  /** Every head, from the latest evaluation; null before the first. */
  heads(): HeadsReading | null;
}

export function inductionHeadsModel(
  s: StateOf<InductionHeadsSchema>,
  runs: Runs,
  port: () => PortLike & { terminate?(): void },
): InductionHeadsModel {
  const run = runs.get(`seed=${s.seed}`, () => [new InductionRun(port(), inductionSettings(s.seed))]);
  let memo: { snap: unknown; reading: HeadsReading } | null = null;
  return {
    run,
    layer: Math.min(s.layer, CONFIG.layers),
    head: Math.min(s.head, CONFIG.heads),
    heads() {
      const snap = run.parts[0].latest;
      if (snap === null) return null;
      if (memo?.snap !== snap) memo = { snap, reading: readHeads(snap) };
      return memo.reading;
    },
  };
}
