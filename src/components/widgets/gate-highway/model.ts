// The gradient highway's model: Chapter 4's ‖∂L/∂h_t‖ for the vanilla RNN (imported), beside ‖∂L/∂c_t‖ and ‖∂L/∂h_t‖ of an LSTM and ‖∂L/∂h_t‖ of a GRU, from real backward passes with the same seed and length.
import {
  type CellKind,
  Rng,
  recurrent,
  sum,
  Tape,
  type Tensor,
  tensor,
  unroll,
} from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { gradientFlow, INPUT_SIZE } from '../../models/gradientFlow.ts';
import type { GateHighwaySchema } from './state.ts';

export type SeriesKey = 'rnn' | 'lstmC' | 'lstmH' | 'gru' | 'cellPath';

export interface GateHighwayModel {
  T: number;
  /** ‖∂L/∂·_t‖ / ‖∂L/∂·_T‖ for t = 1 … T (index t − 1); null where a value stopped being finite. */
  series: Record<SeriesKey, (number | null)[]>;
  /**
   * cellPath is not a measured gradient but the highway's own factor: Π_{k=t+1}^{T} f̄_k, the mean forget gate
   * multiplied from step t to T (Chapter 5's 0.95⁴⁹). The measured cell-state share lies above it, since the
   * gates read h_{t−1} and so every later step adds a path into c_t.
   */
  /** The share that reaches step 1 for each series. */
  first: Record<SeriesKey, number | null>;
  /** Π_{k=2}^{T} f̄_k: the mean forget gate multiplied along the sequence, the highway's own factor. */
  forgetProduct: number;
  meanForget: number;
}

const tape = new Tape();

function ratios(grads: Float64Array[]): (number | null)[] {
  const norms = grads.map((g) => Math.hypot(...g));
  const last = norms[norms.length - 1];
  return norms.map((n) => {
    const r = n / last;
    return Number.isFinite(r) ? r : null;
  });
}

/** Runs a gated cell of `kind` over the inputs with L = Σ_j h_T[j], then backward. */
function gated(kind: CellKind, s: StateOf<GateHighwaySchema>, xs: Float64Array) {
  const rng = new Rng(s.seed * 7919 + (kind === 'lstm' ? 1 : 2));
  const layer = recurrent(rng, { kind, inputSize: INPUT_SIZE, hiddenSize: s.hidden, forgetBias: s.keepBias });
  if (layer.kind === 'gru') layer.params.b.data.fill(s.keepBias, 0, s.hidden);
  tape.reset();
  const states = tape.run(() =>
    unroll(
      layer,
      Array.from({ length: s.steps }, (_, t) =>
        tensor(1, INPUT_SIZE, xs.subarray(t * INPUT_SIZE, (t + 1) * INPUT_SIZE)),
      ),
    ),
  );
  tape.backward(tape.run(() => sum(states[s.steps - 1].h)));
  const h = ratios(states.map((st) => (st.h.grad as Float64Array).slice()));
  const c = states[0].c ? ratios(states.map((st) => ((st.c as Tensor).grad as Float64Array).slice())) : h;
  const forget = states.map((st) => {
    const g = (st.gates as Tensor).data;
    let f = 0;
    for (let j = 0; j < s.hidden; j++) f += g[s.hidden + j] / s.hidden;
    return f;
  });
  // path[t − 1] = Π_{k=t+1}^{T} f̄_k, built backwards from path[T − 1] = 1
  const path = new Array<number>(s.steps).fill(1);
  for (let t = s.steps - 2; t >= 0; t--) path[t] = path[t + 1] * forget[t + 1];
  const meanForget = forget.reduce((a, b) => a + b, 0) / s.steps;
  return { h, c, path, product: path[0], meanForget };
}

/**
 * The model in three pieces (the RNN, the LSTM, the GRU), yielding between them: the first computation
 * after the page loads runs cold engine code and took about 60 ms in one piece, past the 50 ms a
 * main-thread task may take; the widget gives the page a turn at each yield.
 */
export function* gateHighwaySteps(s: StateOf<GateHighwaySchema>): Generator<void, GateHighwayModel> {
  const rnn = gradientFlow({
    radius: s.radius,
    act: 'tanh',
    T: s.steps,
    hidden: s.hidden,
    init: 'orthogonal',
    seed: s.seed,
  });
  yield;
  const rng = new Rng(s.seed);
  const xs = Float64Array.from({ length: s.steps * INPUT_SIZE }, () => rng.normal());
  const lstm = gated('lstm', s, xs);
  yield;
  const gru = gated('gru', s, xs);
  const series = { rnn: rnn.ratio, lstmC: lstm.c, lstmH: lstm.h, gru: gru.h, cellPath: lstm.path };
  return {
    T: s.steps,
    series,
    first: {
      rnn: series.rnn[0],
      lstmC: series.lstmC[0],
      lstmH: series.lstmH[0],
      gru: series.gru[0],
      cellPath: series.cellPath[0],
    },
    forgetProduct: lstm.product,
    meanForget: lstm.meanForget,
  };
}

/** The whole model at once (tests, the static first frame). */
export function gateHighwayModel(s: StateOf<GateHighwaySchema>): GateHighwayModel {
  const steps = gateHighwaySteps(s);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
