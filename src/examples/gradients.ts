// Example: record a small computation on a tape, backpropagate, read every gradient, and check them numerically.
import { add, gradcheck, mul, param, sum, Tape, tanh } from '../engine/index.ts';

export function main(log: (line: string) => void = console.log): {
  dx: number;
  dw: number;
  maxError: number;
} {
  const x = param(1, 1, [0.5]);
  const w = param(1, 1, [-2]);
  const tape = new Tape();
  // L = tanh(w·x + x) + x·x: x is used three times, so ∂L/∂x sums three paths.
  const z = tape.run(() => add(mul(w, x), x));
  const loss = tape.run(() => sum(add(tanh(z), mul(x, x))));
  tape.backward(loss);
  const dx = x.grad?.[0] ?? Number.NaN;
  const dw = w.grad?.[0] ?? Number.NaN;
  const t = Math.tanh(-0.5);
  log(`L = ${loss.item().toFixed(6)}`);
  log(`∂L/∂z = ${z.grad?.[0].toFixed(6)}  (1 − tanh²z = ${(1 - t * t).toFixed(6)})`);
  log(`∂L/∂x = ${dx.toFixed(6)}  (by hand: (1 − tanh²z)(w + 1) + 2x = ${((1 - t * t) * -1 + 1).toFixed(6)})`);
  log(`∂L/∂w = ${dw.toFixed(6)}  (by hand: (1 − tanh²z)·x = ${((1 - t * t) * 0.5).toFixed(6)})`);
  const check = gradcheck(() => sum(add(tanh(add(mul(w, x), x)), mul(x, x))), [x, w]);
  log(`gradcheck: max relative error ${check.maxError.toExponential(2)} over ${check.checked} elements`);
  return { dx, dw, maxError: check.maxError };
}
