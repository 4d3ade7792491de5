// Example: ∂L/∂h_t at every step of a tanh RNN whose recurrent weight has spectral radius 0.5, 1 or 1.5 (Pascanu et al. 2013).
import { Rng, recurrent, spectralRadius, sum, Tape, tensor, unroll } from '../engine/index.ts';

/** For each radius, ‖∂L/∂h_t‖ for t = 1…T with L = Σ h_T: how far back the gradient reaches. */
export function main(log: (line: string) => void = console.log): Record<string, number[]> {
  const T = 40;
  const rng = new Rng(42);
  const xs = Array.from({ length: T }, () =>
    tensor(1, 4, [rng.normal(), rng.normal(), rng.normal(), rng.normal()]),
  );
  const out: Record<string, number[]> = {};
  for (const radius of [0.5, 1, 1.5]) {
    const layer = recurrent(new Rng(1), { kind: 'rnn', inputSize: 4, hiddenSize: 32, radius });
    if (layer.kind !== 'rnn') throw new Error('expected a vanilla RNN');
    const tape = new Tape();
    const states = tape.run(() => unroll(layer, xs));
    tape.backward(tape.run(() => sum(states[T - 1].h)));
    const norms = states.map((s) => Math.hypot(...(s.h.grad ?? [])));
    out[radius.toFixed(1)] = norms;
    const rho = spectralRadius(layer.params.Whh);
    const shown = [1, 10, 20, 30, 40].map((t) => `t=${t}: ${norms[t - 1].toExponential(1)}`).join('  ');
    log(`ρ(Whh) = ${rho.toFixed(2)}  ‖∂L/∂h_t‖  ${shown}`);
  }
  return out;
}
