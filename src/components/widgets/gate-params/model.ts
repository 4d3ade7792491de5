// The parameter-count figure's model: builds an LSTM and a GRU layer with the engine's lstmParams and gruParams and counts the entries of their tensors.
import { gruParams, lstmParams, Rng, type Tensor } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { GateParamsSchema } from './state.ts';

export interface CellCount {
  /** Shape of the stacked weight matrix W acting on [h; x]: [blocks·H, H + D]. */
  wShape: [number, number];
  weights: number;
  biases: number;
  total: number;
}

export interface GateParamsModel {
  D: number;
  H: number;
  lstm: CellCount;
  gru: CellCount;
  /** GRU total / LSTM total: 3/4 for every D and H. */
  ratio: number;
}

const count = (p: { W: Tensor; b: Tensor }): CellCount => ({
  wShape: [p.W.rows, p.W.cols],
  weights: p.W.size,
  biases: p.b.size,
  total: p.W.size + p.b.size,
});

export function gateParamsModel(s: StateOf<GateParamsSchema>): GateParamsModel {
  const D = s.inputs;
  const H = s.units;
  const lstm = count(lstmParams(new Rng(1), D, H));
  const gru = count(gruParams(new Rng(1), D, H));
  return { D, H, lstm, gru, ratio: gru.total / lstm.total };
}
