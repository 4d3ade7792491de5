// The gradient through time, shared by Chapter 4's gradient-flow figure and Chapter 5's highway: a real forward and backward pass of a vanilla RNN, giving ‖∂L/∂h_t‖ for every t, and the bound of Pascanu et al. 2013.
import {
  type Activation,
  largestSingularValue,
  param,
  Rng,
  recurrentWeights,
  rnnCell,
  spectralRadius,
  sum,
  Tape,
  type Tensor,
  tensor,
} from '../../engine/index.ts';

export const INPUT_SIZE = 8;
/** Below this share of the last step's gradient we call it vanished; above its inverse, exploded. */
export const VANISHED = 1e-3;

// |φ'| ≤ γ: 1 for tanh, ReLU and linear, 1/4 for the logistic sigmoid.
export const GAMMA: Record<Activation, number> = { tanh: 1, relu: 1, linear: 1, sigmoid: 0.25 };

export interface GradientFlowInput {
  radius: number;
  act: Activation;
  T: number;
  hidden: number;
  init: 'orthogonal' | 'normal';
  seed: number;
}

export interface GradientFlowModel {
  T: number;
  /** ‖∂L/∂h_t‖ / ‖∂L/∂h_T‖ for t = 1 … T (index t − 1); null after an overflow. */
  ratio: (number | null)[];
  /** Pascanu et al. 2013: ‖∂h_T/∂h_t‖ ≤ (γ·σ_max(Whh))^(T−t). */
  bound: number[];
  gamma: number;
  sigmaMax: number;
  rho: number;
  /** The share of the gradient that reaches h_1. */
  first: number | null;
  regime: 'vanishing' | 'stable' | 'exploding';
  /** The step where a value stopped being a finite number, and in which pass. */
  overflow: { step: number; phase: 'forward' | 'backward' } | null;
}

// Drawing Whh needs an eigenvalue decomposition; the base matrix (radius 1) is cached per (seed, H, init)
// so that dragging the radius only rescales it: ρ(cW) = c·ρ(W) and σ_max(cW) = c·σ_max(W).
interface Base {
  Wxh: Float64Array;
  Whh: Float64Array;
  sigma1: number;
  xs: Float64Array;
}
const cache = new Map<string, Base>();
const MAX_T = 200;

function base(seed: number, H: number, init: 'orthogonal' | 'normal'): Base {
  const key = `${seed}:${H}:${init}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const rng = new Rng(seed);
  const Whh = recurrentWeights(rng.fork(), H, 1, init);
  const lim = Math.sqrt(6 / (H + INPUT_SIZE));
  const Wxh = Float64Array.from({ length: H * INPUT_SIZE }, () => rng.uniform(-lim, lim));
  const xs = Float64Array.from({ length: MAX_T * INPUT_SIZE }, () => rng.normal());
  const b = { Wxh, Whh: Whh.data.slice(), sigma1: largestSingularValue(Whh), xs };
  cache.set(key, b);
  return b;
}

const tape = new Tape();

/** Runs the RNN for T steps from h_0 = 0 with L = Σ_j h_T[j], then backward; pure apart from caching. */
export function gradientFlow(s: GradientFlowInput): GradientFlowModel {
  const H = s.hidden;
  const T = s.T;
  const b = base(s.seed, H, s.init);
  const Whh = param(
    H,
    H,
    b.Whh.map((w) => w * s.radius),
  );
  const p = { Wxh: param(H, INPUT_SIZE, b.Wxh), Whh, b: param(1, H) };
  const gamma = GAMMA[s.act];
  const sigmaMax = b.sigma1 * s.radius;
  const rho = s.radius;
  const bound = Array.from({ length: T }, (_, i) => (gamma * sigmaMax) ** (T - 1 - i));
  tape.reset();
  const hs: Tensor[] = [];
  let overflow: GradientFlowModel['overflow'] = null;
  tape.run(() => {
    let h = tensor(1, H);
    for (let t = 0; t < T; t++) {
      h = rnnCell(tensor(1, INPUT_SIZE, b.xs.subarray(t * INPUT_SIZE, (t + 1) * INPUT_SIZE)), h, p, s.act);
      hs.push(h);
      if (overflow === null && !h.data.every(Number.isFinite)) overflow = { step: t + 1, phase: 'forward' };
    }
  });
  const ratio: (number | null)[] = new Array(T).fill(null);
  if (overflow === null) {
    tape.backward(tape.run(() => sum(hs[T - 1])));
    const norms = hs.map((h) => Math.hypot(...(h.grad as Float64Array)));
    const last = norms[T - 1];
    for (let t = T - 1; t >= 0; t--) {
      const r = norms[t] / last;
      if (!Number.isFinite(r)) {
        overflow = { step: t + 1, phase: 'backward' };
        break;
      }
      ratio[t] = r;
    }
  }
  const first = ratio[0];
  const regime =
    first === null || first > 1 / VANISHED ? 'exploding' : first < VANISHED ? 'vanishing' : 'stable';
  return { T, ratio, bound, gamma, sigmaMax, rho, first, regime, overflow };
}

/** Exposed so tests can check the cached matrix has the spectral radius it claims. */
export function baseRadius(seed: number, H: number, init: 'orthogonal' | 'normal'): number {
  return spectralRadius(param(H, H, base(seed, H, init).Whh));
}
