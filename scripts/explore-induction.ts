// Exploration (not part of the site): how fast a two-layer transformer forms an induction circuit on repeated
// random tokens whose repeat distance varies per sequence (a random prefix, then ℓ tokens, then the same ℓ,
// ℓ drawn per sequence, so no head can copy by position). Prints copy losses, each head's previous-token
// score (mean weight on i − 1) and induction score (mean weight from the second copy onto i − ℓ + 1), the
// wall-clock, and the second-copy loss with each head silenced (its columns of Wo zeroed).
//   npx node scripts/explore-induction.ts key=value ...   (vocab T minHalf maxHalf d heads mlp batch lr
//   warmup steps seed every pos=learned|sinusoidal after)
// Measured 2026-11-28 (AdamW, weight decay 0.01, seed 1, attention only, 2 cores shared with other jobs;
// "p" is the best first-layer previous-token score, "i" the best second-layer induction score; an even
// spread gives about 0.1–0.2):
//   V16 T24 ℓ6–12 d32 2 heads lr 1e-2 warm-up 50 batch 32, 1700 steps: second copy 2.68 vs first 2.78; p 0.14, i 0.09
//   same, 1 head per layer, 2000 steps: second 1.38 (below half the first at step 2000); p 0.04, i 0.01
//   V32 T24 ℓ6–12 d32 2 heads lr 1e-2 batch 16, 2500 steps: second 3.40 vs 3.47; sinusoidal positions: 3.46, no learning
//   V32 T16 ℓ4–8 d32 1 head lr 3e-3 batch 32, 4000 steps: second 1.36 (below half at 1200); p 0.11, i 0.07
//   same, sinusoidal, lr 1e-2, warm-up 100, 1800 steps: second 3.465 vs 3.472
//   same, d64 1 head, 3000 steps: second 1.10 (below half at 600); p 0.10, i 0.07
//   same, d64 2 heads, 8000 steps (356 s): second 0.33 vs 3.53 (below half at 1000); p 0.13, i 0.06, but
//     silencing a first-layer head sends it to 3.53: the copy rests on layer 1, not on the classic pair
// None formed a previous-token head and an induction head; 11–45 ms a step in Node here.
// The missing piece was the token embedding's scale (embStd=…; GPT-2 draws it at 0.02, under sinusoids of
// size 1). Measured 2026-11-28, V16 T24 ℓ6–12 d32 2 heads, lr 3e-3, batch 16, no warm-up:
//   sinusoidal, embStd 0.3, seeds 1/2/3: formed at 1500/2000/2250 (every 250); one first-layer head p 0.56–0.70,
//     both second-layer heads i 0.56–0.65; silencing that first-layer head sends the second copy to 2.07–2.67
//   sinusoidal, embStd 1: seed 1 (V32, 1 head) formed at 1250, seed 2 at 1500, same pair
//   learned, embStd 1 or 0.3: formed at 1000 / 750, previous-token work split over two first-layer heads (p ≈ 0.3 each)
// The book's task takes sinusoidal positions and 0.3 (src/tasks/induction.ts).
import {
  createOptimizer,
  crossEntropy,
  logSumExp,
  Rng,
  Tape,
  transformer,
  type TransformerConfig,
} from '../src/engine/index.ts';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const num = (k: string, d: number) => (args[k] === undefined ? d : Number(args[k]));
const V = num('vocab', 32);
const T = num('T', 24);
const minHalf = num('minHalf', 6);
const maxHalf = num('maxHalf', 12);
const layers = 2;
const d = num('d', 32);
const H = num('heads', 2);
const mlp = num('mlp', 0);
const B = num('batch', 16);
const lr = num('lr', 3e-3);
const warm = num('warmup', 0);
const steps = num('steps', 600);
const seed = num('seed', 1);
const every = num('every', 20);
const positions = (args.pos ?? 'learned') as TransformerConfig['positions'];
const layout = args.layout ?? 'prefix'; // prefix: random prefix, ℓ, ℓ, fills T exactly

function batch(rng: Rng, n: number) {
  const tokens: number[] = [];
  const starts: number[] = []; // index of the second copy's first token
  const halves: number[] = [];
  for (let b = 0; b < n; b++) {
    const l = minHalf + rng.int(maxHalf - minHalf + 1);
    const pre = T - 2 * l;
    const seq = Array.from({ length: pre }, () => rng.int(V));
    const half = Array.from({ length: l }, () => rng.int(V));
    seq.push(...half, ...half);
    if (layout === 'suffix') {
      // the copy pair at a random offset, random tokens after
      const off = rng.int(pre + 1);
      const s2 = [...seq.slice(0, off), ...half, ...half];
      while (s2.length < T) s2.push(rng.int(V));
      tokens.push(...s2);
      starts.push(off + l);
    } else {
      tokens.push(...seq);
      starts.push(pre + l);
    }
    halves.push(l);
  }
  const targets = tokens.map((_, i) => (i % T === T - 1 ? -1 : tokens[i + 1]));
  return { tokens, targets, starts, halves };
}

const cfg: TransformerConfig = { vocab: V, context: T, layers, d, heads: H, mlp, positions };
const model = transformer(new Rng(seed), cfg);
// embStd: the token embedding's initial scale. GPT-2 draws it at 0.02, which beside sinusoids of size 1
// leaves a token's identity a few percent of its vector after layer norm; Vaswani et al. multiply the
// embedding by √d instead.
const embStd = num('embStd', 0.02);
for (let i = 0; i < model.params.tokenEmbedding.data.length; i++)
  model.params.tokenEmbedding.data[i] *= embStd / 0.02;
const params = Object.values(model.params);
const opt = createOptimizer(params, {
  type: 'adamw',
  lr,
  weightDecay: 0.01,
  ...(warm > 0
    ? { schedule: { type: 'warmup-cosine' as const, warmup: warm, total: 100000, minFactor: 1 } }
    : {}),
});
const dataRng = new Rng(seed * 7919 + 1);
const held = batch(new Rng(99), 64);
const tape = new Tape();

function evaluate() {
  tape.reset();
  return tape.noGrad(() => {
    const out = model.forward(held.tokens, 64);
    const z = out.logits.data;
    let first = 0,
      second = 0,
      nf = 0,
      ns = 0;
    for (let b = 0; b < 64; b++) {
      const s2 = held.starts[b];
      const end2 = s2 + held.halves[b];
      for (let t = 0; t < T - 1; t++) {
        const r = b * T + t;
        const nll = logSumExp(z, r * V, V) - z[r * V + held.tokens[r + 1]];
        if (t >= s2 && t < end2 - 1) {
          second += nll;
          ns++;
        } else if (t < s2 - 1) {
          first += nll;
          nf++;
        }
      }
    }
    // scores per layer/head
    const scores: string[] = [];
    out.attention.forEach((w, li) => {
      for (let h = 0; h < H; h++) {
        let prev = 0,
          np = 0,
          ind = 0,
          ni = 0;
        for (let b = 0; b < 64; b++) {
          const base = (b * H + h) * T;
          for (let i = 1; i < T; i++) {
            prev += w.data[(base + i) * T + i - 1];
            np++;
          }
          const s2 = held.starts[b],
            l = held.halves[b];
          for (let i = s2; i < s2 + l; i++) {
            ind += w.data[(base + i) * T + i - l + 1];
            ni++;
          }
        }
        scores.push(`L${li + 1}H${h + 1} p${(prev / np).toFixed(2)} i${(ind / ni).toFixed(2)}`);
      }
    });
    return { first: first / nf, second: second / ns, scores };
  });
}

function ablatedSecond(layer: number, head: number) {
  const Wo = model.params[`l${layer}.attn.Wo`];
  const saved = Float64Array.from(Wo.data);
  const dh = d / H;
  for (let r = 0; r < d; r++) for (let c = head * dh; c < (head + 1) * dh; c++) Wo.data[r * d + c] = 0;
  const e = evaluate();
  Wo.data.set(saved);
  return e.second;
}

const t0 = performance.now();
let formed: number | null = null;
console.log(JSON.stringify(args));
for (let s = 1; s <= steps; s++) {
  const { tokens, targets } = batch(dataRng, B);
  opt.zeroGrad();
  tape.reset();
  const loss = tape.run(() => crossEntropy(model.forward(tokens, B).logits, targets, { ignoreIndex: -1 }));
  tape.backward(loss);
  opt.step();
  if (s % every === 0) {
    const e = evaluate();
    const sec = (performance.now() - t0) / 1000;
    if (formed === null && e.second < 0.5 * e.first) formed = s;
    console.log(
      `${s} ${sec.toFixed(1)}s first ${e.first.toFixed(3)} second ${e.second.toFixed(3)} | ${e.scores.join(' | ')}`,
    );
    if (formed !== null && s >= formed + num('after', 100)) break;
  }
}
console.log(`formed at ${formed} ms/step ${((performance.now() - t0) / steps).toFixed(1)}`);
const abl: string[] = [];
for (let l = 0; l < 2; l++)
  for (let h = 0; h < H; h++) abl.push(`L${l + 1}H${h + 1}:${ablatedSecond(l, h).toFixed(3)}`);
console.log(`second-copy loss with one head ablated: ${abl.join(' ')}`);
