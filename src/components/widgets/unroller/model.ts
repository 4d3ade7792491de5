// The unroller's model: the engine's forward trace of the sentence, cut at the step the reader has reached.
import type { StateOf } from '../../figure/stateSchema.ts';
import { sub } from '../../ui/strip.ts';
import { type ForwardStep, forward, H, MAX_T } from '../../models/tinyRnn.ts';
import type { UnrollerSchema } from './state.ts';

export interface UnrollerModel {
  words: string[];
  /** Words read so far (0 … words.length). */
  t: number;
  /** The steps read so far; steps[t − 1] is the selected, latest step. */
  steps: ForwardStep[];
  /** h_{t−1} of the selected step (zeros at step 1). */
  prevH: number[];
  b: number[];
  /** The sentence had more than MAX_T words and was cut. */
  truncated: boolean;
  /** Largest |x| over the sentence's word vectors, so the strips share one colour scale. */
  xScale: number;
}

export function unrollerModel(s: StateOf<UnrollerSchema>): UnrollerModel {
  const f = forward(s.sentence);
  const t = Math.min(s.step, f.words.length);
  const steps = f.steps.slice(0, t);
  const xScale = Math.max(1, ...f.steps.flatMap((st) => st.x.map(Math.abs)));
  return {
    words: f.words,
    t,
    steps,
    prevH: t > 1 ? steps[t - 2].h : new Array(H).fill(0),
    b: f.b,
    truncated: f.words.length === MAX_T && s.sentence.trim().split(/\s+/).length > MAX_T,
    xScale,
  };
}

export interface TermsTable {
  /** Column headings: the terms of the recurrence, left to right as they are added. */
  columns: string[];
  /** One row per hidden unit j: W_hh h_{t−1}, W_xh x_t, b_h, z_t, h_t. */
  rows: { unit: number; values: number[] }[];
}

/** The selected step's recurrence as a table, one hidden unit per row; null before the first word. */
export function termsTable(m: UnrollerModel): TermsTable | null {
  if (m.t === 0) return null;
  const cur = m.steps[m.t - 1];
  const k = sub(m.t);
  const p = sub(m.t - 1);
  return {
    columns: [`W_hh h${p}`, `+ W_xh x${k}`, '+ b_h', `= z${k}`, `h${k} = tanh(z${k})`],
    rows: Array.from({ length: H }, (_, j) => ({
      unit: j + 1,
      values: [cur.Whh_h[j], cur.Wxh_x[j], m.b[j], cur.z[j], cur.h[j]],
    })),
  };
}
