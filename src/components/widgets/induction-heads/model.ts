// The induction-heads figure's model: a live run of the engine's 'induction' task (random tokens repeated
// twice, a two-layer attention-only transformer) in a worker; its first- and second-copy losses, the step
// where the copy forms, and every head's attention on one repeated sequence, read in the page from the
// latest weights (a forward pass of one short sequence).
import {
  attentionMap,
  type PortLike,
  paramsFromSnapshot,
  Rng,
  type RunSettings,
  Tape,
  transformerFrom,
} from '../../../engine/index.ts';
import { inductionModelConfig, inductionTask, repeatedSequences } from '../../../tasks/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { InductionRun } from './inductionRun.ts';
import { type HeadScores, inductionScore, pickHeads, previousTokenScore } from './scores.ts';
import type { InductionHeadsSchema } from './state.ts';

export const MAX_STEPS = 400;
/** The task's defaults: 16 tokens, halves of 12, 2 layers of 2 heads, d = 32, no MLP. */
export const CONFIG = inductionTask.defaults;
/** The seed of the one repeated sequence whose attention the figure draws (the same for every run). */
export const PROBE_SEED = 7;

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

/** The probe: L random tokens, then the same L again. */
export function probeTokens(): number[] {
  return repeatedSequences(new Rng(PROBE_SEED), 1, CONFIG.half, CONFIG.vocab).tokens;
}

export interface HeadsReading {
  step: number;
  tokens: number[];
  /** maps[layer][head]: T×T, rows the queries. */
  maps: number[][][][];
  scores: HeadScores[];
  induction: HeadScores;
  previous: HeadScores;
}

/** Every head's attention on the probe, and its scores, from a snapshot of the weights. */
export function readHeads(snap: {
  step: number;
  params: Parameters<typeof paramsFromSnapshot>[0];
}): HeadsReading {
  const model = transformerFrom(inductionModelConfig(CONFIG), paramsFromSnapshot(snap.params));
  const tokens = probeTokens();
  const maps = new Tape().noGrad(() =>
    model
      .forward(tokens, 1)
      .attention.map((w) =>
        Array.from({ length: CONFIG.heads }, (_, h) => attentionMap(w, 0, h, CONFIG.heads)),
      ),
  );
  const scores = maps.flatMap((l, li) =>
    l.map((w, hi) => ({
      layer: li + 1,
      head: hi + 1,
      induction: inductionScore(w, CONFIG.half),
      previous: previousTokenScore(w),
    })),
  );
  return { step: snap.step, tokens, maps, scores, ...pickHeads(scores) };
}

export interface InductionHeadsModel {
  run: FigureRun<InductionRun>;
  layer: number;
  head: number;
  /** Every head read from the latest weights; null before the first. */
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
