// The gate inspector's model: an LSTM from the engine's lstmParams run over a short seeded sequence, gate by gate, with the forget and input gates optionally pinned.
import { lstmParams, Rng } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { GateInspectorSchema } from './state.ts';

export const STEPS = 12;
export const UNITS = 6;
export const INPUTS = 4;

/** One step's vectors, each of length UNITS: the gates f, i, o, the candidate C̃ (g), the cell C and h. */
export interface StepValues {
  f: number[];
  i: number[];
  o: number[];
  g: number[];
  c: number[];
  h: number[];
  cPrev: number[];
  pinned: boolean;
}

export interface GateInspectorModel {
  t: number;
  unit: number;
  steps: StepValues[];
  pinF: boolean;
  pinI: boolean;
  pinFrom: number;
  /** Largest |C_t − C_{pinFrom−1}| over every unit and pinned step: 0 when the cell carries its value unchanged. */
  drift: number;
}

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** W: [4H, H+D] acting on [h; x], gate rows i, f, g, o (as the engine's lstmCell). */
export function gateInspectorModel(s: StateOf<GateInspectorSchema>): GateInspectorModel {
  const rng = new Rng(s.seed);
  const { W, b } = lstmParams(rng, INPUTS, UNITS, { forgetBias: 1 });
  const K = UNITS + INPUTS;
  const xs = Array.from({ length: STEPS }, () => Array.from({ length: INPUTS }, () => 1.5 * rng.normal()));
  let h = new Array<number>(UNITS).fill(0);
  let c = new Array<number>(UNITS).fill(0);
  const steps: StepValues[] = [];
  for (let t = 1; t <= STEPS; t++) {
    const v = [...h, ...xs[t - 1]];
    const z = (row: number) => {
      let a = b.data[row];
      for (let k = 0; k < K; k++) a += W.data[row * K + k] * v[k];
      return a;
    };
    const pinned = t >= s.pinFrom && (s.pinF || s.pinI);
    const f: number[] = [];
    const i: number[] = [];
    const g: number[] = [];
    const o: number[] = [];
    for (let j = 0; j < UNITS; j++) {
      i.push(pinned && s.pinI ? 0 : sigma(z(j)));
      f.push(pinned && s.pinF ? 1 : sigma(z(UNITS + j)));
      g.push(Math.tanh(z(2 * UNITS + j)));
      o.push(sigma(z(3 * UNITS + j)));
    }
    const cNew = c.map((cj, j) => f[j] * cj + i[j] * g[j]);
    const hNew = cNew.map((cj, j) => o[j] * Math.tanh(cj));
    steps.push({ f, i, o, g, c: cNew, h: hNew, cPrev: c, pinned });
    c = cNew;
    h = hNew;
  }
  let drift = 0;
  const before = s.pinFrom >= 2 ? steps[s.pinFrom - 2].c : null;
  if (before)
    for (let t = s.pinFrom; t <= STEPS; t++)
      for (let j = 0; j < UNITS; j++) drift = Math.max(drift, Math.abs(steps[t - 1].c[j] - before[j]));
  return { t: s.t, unit: s.unit, steps, pinF: s.pinF, pinI: s.pinI, pinFrom: s.pinFrom, drift };
}
