// The benchmark workloads, as sizes shared by every implementation: forward + backward, batch 1, loss = Σ_t Σ_i h_t[i].

export interface RnnWorkload {
  kind: 'rnn' | 'lstm';
  name: string;
  D: number;
  H: number;
  T: number;
}

export const workloads: RnnWorkload[] = [
  { kind: 'rnn', name: '1. tanh RNN  D=8  H=16 T=50', D: 8, H: 16, T: 50 },
  { kind: 'rnn', name: '2. tanh RNN  D=8  H=64 T=100', D: 8, H: 64, T: 100 },
  { kind: 'lstm', name: '3. LSTM      D=16 H=32 T=50', D: 16, H: 32, T: 50 },
];

export const MATMUL_N = 128;

/** Deterministic values in [−s, s) shared by all implementations (a tiny LCG, so tfjs gets the same numbers). */
export function values(n: number, seed: number, s: number): Float64Array {
  const out = new Float64Array(n);
  let state = seed >>> 0;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = (state / 4294967296) * 2 * s - s;
  }
  return out;
}
