// One interface over the three cells: make a layer, step it, unroll it over a sequence, list its parameters.
import type { Rng } from '../rng.ts';
import { saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { type GruParams, gruCell, gruCellComposed, gruParams } from './gru.ts';
import { type LstmParams, lstmCell, lstmCellComposed, lstmParams } from './lstm.ts';
import { type Activation, type RnnParams, rnnCell, rnnCellComposed, rnnParams } from './rnn.ts';

export type CellKind = 'rnn' | 'lstm' | 'gru';

export type Recurrent =
  | { kind: 'rnn'; params: RnnParams; activation: Activation }
  | { kind: 'lstm'; params: LstmParams }
  | { kind: 'gru'; params: GruParams };

/** The state after a step: h: [B, H]; c: [B, H] for an LSTM (else null); the gate activations if the cell has gates. */
export interface RecurrentState {
  h: Tensor;
  c: Tensor | null;
  gates: Tensor | null;
}

export interface RecurrentOptions {
  kind: CellKind;
  inputSize: number;
  hiddenSize: number;
  /** Vanilla RNN only (default 'tanh'). */
  activation?: Activation;
  /** Vanilla RNN only: spectral radius of Whh (default: orthogonal Whh). */
  radius?: number;
  /** LSTM only: initial forget-gate bias (default 1). */
  forgetBias?: number;
}

/** A recurrent layer with freshly initialised parameters. */
export function recurrent(rng: Rng, o: RecurrentOptions): Recurrent {
  const { inputSize: D, hiddenSize: H } = o;
  if (o.kind === 'lstm') return { kind: 'lstm', params: lstmParams(rng, D, H, { forgetBias: o.forgetBias }) };
  if (o.kind === 'gru') return { kind: 'gru', params: gruParams(rng, D, H) };
  return {
    kind: 'rnn',
    params: rnnParams(rng, D, H, { radius: o.radius }),
    activation: o.activation ?? 'tanh',
  };
}

export function hiddenSize(layer: Recurrent): number {
  return layer.kind === 'rnn' ? layer.params.Whh.rows : layer.params.b.cols / (layer.kind === 'lstm' ? 4 : 3);
}

/** The layer's parameters by name (Wxh, Whh, b or W, b). */
export function layerParams(layer: Recurrent): Record<string, Tensor> {
  return { ...layer.params };
}

/** h_0 = 0 (and c_0 = 0 for an LSTM) for a batch of B. */
export function initialState(layer: Recurrent, B: number): RecurrentState {
  const H = hiddenSize(layer);
  const h = saved(B, H);
  h.data.fill(0);
  if (layer.kind !== 'lstm') return { h, c: null, gates: null };
  const c = saved(B, H);
  c.data.fill(0);
  return { h, c, gates: null };
}

export interface StepOptions {
  /** Use the cell built from primitive ops instead of the fused op (same values, slower; for teaching and tests). */
  composed?: boolean;
}

/** One step: x: [B, D] and the previous state → the next state. */
export function layerStep(
  layer: Recurrent,
  x: Tensor,
  s: RecurrentState,
  o: StepOptions = {},
): RecurrentState {
  if (layer.kind === 'rnn') {
    const h = (o.composed ? rnnCellComposed : rnnCell)(x, s.h, layer.params, layer.activation);
    return { h, c: null, gates: null };
  }
  if (layer.kind === 'gru') {
    const r = (o.composed ? gruCellComposed : gruCell)(x, s.h, layer.params);
    return { h: r.h, c: null, gates: r.gates };
  }
  if (s.c === null) throw new Error('layerStep: an LSTM state needs c');
  const r = (o.composed ? lstmCellComposed : lstmCell)(x, s.h, s.c, layer.params);
  return { h: r.h, c: r.c, gates: r.gates };
}

/** Runs the layer over xs (T tensors of [B, D]) from state0 (zeros by default); returns the T states. */
export function unroll(
  layer: Recurrent,
  xs: readonly Tensor[],
  state0?: RecurrentState,
  o: StepOptions = {},
): RecurrentState[] {
  if (xs.length === 0) return [];
  let s = state0 ?? initialState(layer, xs[0].rows);
  const states: RecurrentState[] = [];
  for (const x of xs) {
    s = layerStep(layer, x, s, o);
    states.push(s);
  }
  return states;
}
