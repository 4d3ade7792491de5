// npm run bench: this engine against TensorFlow.js (CPU) and hand-written loops on the book's workloads; prints a table, asserts nothing.
import { engineMatmul, engineStep } from './engineImpl.ts';
import { handwrittenRnn } from './handwritten.ts';
import { matmulSection } from './matmul.ts';
import { parallelSpeedup } from './parallel.ts';
import { tfjsMatmul, tfjsStep, useCpuBackend } from './tfjsImpl.ts';
import { measureAll } from './timing.ts';
import { transformerBench } from './transformer.ts';
import { workloads } from './workloads.ts';

function maxRelDiff(a: ArrayLike<number>[], b: ArrayLike<number>[]): number {
  let worst = 0;
  a.forEach((x, k) => {
    for (let i = 0; i < x.length; i++) {
      worst = Math.max(worst, Math.abs(x[i] - b[k][i]) / Math.max(1, Math.abs(b[k][i])));
    }
  });
  return worst;
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

async function main(): Promise<void> {
  await useCpuBackend();
  console.log(`Node ${process.version}; median ms per forward+backward iteration (interquartile range).\n`);
  const rows: string[][] = [];
  for (const w of workloads) {
    const eng = engineStep(w);
    const tfj = tfjsStep(w);
    const hand = w.kind === 'rnn' ? handwrittenRnn(w) : null;
    eng.step();
    tfj.step();
    hand?.step();
    const checks = [`tfjs Δ ${maxRelDiff(eng.grads(), tfj.grads()).toExponential(1)}`];
    if (hand) checks.push(`loops Δ ${maxRelDiff(eng.grads(), hand.grads()).toExponential(1)}`);
    const [te, tt, th = null] = measureAll(hand ? [eng.step, tfj.step, hand.step] : [eng.step, tfj.step]);
    rows.push([
      w.name,
      `${fmt(te.median)} (${fmt(te.q1)}–${fmt(te.q3)})`,
      `${fmt(tt.median)} (${fmt(tt.q1)}–${fmt(tt.q3)})`,
      th ? `${fmt(th.median)} (${fmt(th.q1)}–${fmt(th.q3)})` : '—',
      ratio(tt.median, te.median),
      th ? ratio(te.median, th.median) : '—',
      checks.join(', '),
    ]);
  }
  const [em, tm] = measureAll([engineMatmul(), tfjsMatmul()]);
  rows.push([
    '4. matmul 128×128·128×128',
    `${fmt(em.median)} (${fmt(em.q1)}–${fmt(em.q3)})`,
    `${fmt(tm.median)} (${fmt(tm.q1)}–${fmt(tm.q3)})`,
    '—',
    ratio(tm.median, em.median),
    '—',
    '',
  ]);
  const header = [
    'workload',
    'engine',
    'tfjs cpu',
    'hand loops',
    'tfjs/engine',
    'engine/loops',
    'gradient check',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log('\nTargets: tfjs/engine ≥ 15× on 1 and ≥ 8× on 3; engine/loops ≤ 2.5× on 1 and 2.');
  heapCheck();
  await matmulSection();
  // data-parallel speed-up on k = 1, 2 worker threads: the tiny GPT's training step (issue 14's target,
  // ≥ 1.6×), then char-RNN's, a step too small to split well
  await parallelSpeedup('tiny-gpt', {}, 100);
  await parallelSpeedup('char-rnn');
}

/** Runs workloads 1 and 3 for 10,000 iterations each and prints heapUsed (after a full GC) before and after. */
function heapCheck(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    console.log('\nheap check skipped: run with node --expose-gc (npm run bench does)');
    return;
  }
  console.log('\nHeap over 10,000 iterations (heapUsed after global.gc()):');
  for (const w of [workloads[0], workloads[2]]) {
    const { step } = engineStep(w);
    for (let i = 0; i < 100; i++) step();
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) step();
    const ms = performance.now() - t0;
    gc();
    const after = process.memoryUsage().heapUsed;
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `  ${w.name}: before ${kb(before)}, after ${kb(after)} (Δ ${kb(after - before)}), ${(ms / 1000).toFixed(1)} s`,
    );
  }
}

await main();
await transformerBench();
