// The BPTT figure's model: the engine's backward pass through the sentence, revealed from the last step back to the first.
import type { StateOf } from '../../figure/stateSchema.ts';
import { backward, norm } from '../../models/tinyRnn.ts';
import type { BpttSchema } from './state.ts';

export interface BpttStep {
  t: number;
  word: string;
  target: string;
  loss: number;
  /** ∂L/∂h_t and its length. */
  gradH: number[];
  gradHNorm: number;
  /** This step's term of ∂L/∂W_hh, [H·H] row-major, and its length. */
  contribution: number[];
  contributionNorm: number;
}

export interface BpttModel {
  words: string[];
  /** Steps the backward pass has reached, from T down (0 … T). */
  back: number;
  /** All T steps; steps[i] is step i + 1. Only the last `back` are drawn as reached. */
  steps: BpttStep[];
  /** L = Σ_t L_t. */
  loss: number;
  /** Σ of the reached steps' contributions, [H·H]. */
  partial: number[];
  partialNorm: number;
  /** ∂L/∂W_hh of the shared matrix, from its own backward pass. */
  shared: number[];
  sharedNorm: number;
  /** Largest entry of |Σ_t contribution_t − shared| over all T steps. */
  maxDifference: number;
  /** Colour scales shared by every strip and every matrix. */
  gradScale: number;
  matrixScale: number;
}

export function bpttModel(s: StateOf<BpttSchema>): BpttModel {
  const b = backward(s.sentence);
  const T = b.words.length;
  const back = Math.min(s.back, T);
  const steps = b.words.map((word, i) => ({
    t: i + 1,
    word,
    target: b.targets[i],
    loss: b.losses[i],
    gradH: b.gradH[i],
    gradHNorm: norm(b.gradH[i]),
    contribution: b.contributions[i],
    contributionNorm: norm(b.contributions[i]),
  }));
  const partial = b.shared.map((_, k) => {
    let v = 0;
    for (let i = T - back; i < T; i++) v += b.contributions[i][k];
    return v;
  });
  const absMax = (vs: number[]) => Math.max(1e-12, ...vs.map(Math.abs));
  return {
    words: b.words,
    back,
    steps,
    loss: b.losses.reduce((a, v) => a + v, 0),
    partial,
    partialNorm: norm(partial),
    shared: b.shared,
    sharedNorm: norm(b.shared),
    maxDifference: b.maxDifference,
    gradScale: absMax(b.gradH.flat()),
    matrixScale: absMax([...b.shared, ...b.contributions.flat()]),
  };
}
