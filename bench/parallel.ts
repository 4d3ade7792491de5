// Data-parallel speed-up (issue 14, bench item 4): training steps per second of one task on k = 1 and
// k = 2 Node worker threads (a leader and k − 1 followers, as a page would start them), and the ratio.
// Run alone: `node bench/parallel.ts [task] [steps] [config JSON]`; npm run bench calls parallelSpeedup.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  parallelWorker,
  type PortLike,
  type RunSettings,
  type StatusMessage,
  TrainerClient,
  type WorkerLike,
} from '../src/engine/index.ts';

type Listener = (event: MessageEvent) => void;

/** A worker thread running bench/parallelWorker.ts, shaped like a browser Worker for parallelWorker. */
function thread(): WorkerLike & PortLike {
  const w = new Worker(new URL('./parallelWorker.ts', import.meta.url));
  const wrapped = new Map<Listener, (data: unknown) => void>();
  return {
    postMessage: (m: unknown, transfer: Transferable[] = []) => w.postMessage(m, transfer as never),
    // 'message' as a browser Worker has it, and 'error' (an uncaught error in the thread) for parallelWorker
    addEventListener: (type: string, l: Listener) => {
      const f =
        type === 'error'
          ? (e: unknown) => l({ type, message: e instanceof Error ? e.message : String(e) } as never)
          : (data: unknown) => l({ data } as MessageEvent);
      if (type !== 'message' && type !== 'error') return;
      wrapped.set(l, f);
      w.on(type, f);
    },
    removeEventListener: (type: string, l: Listener) => {
      const f = wrapped.get(l);
      if (f) w.off(type, f);
    },
    terminate: () => void w.terminate(),
  };
}

function paused(client: TrainerClient, step: number): Promise<StatusMessage> {
  return new Promise((done, fail) => {
    const off = client.onStatus((s) => {
      if (s.status === 'paused' && s.step === step) {
        off();
        done(s);
      } else if (s.status === 'error' || s.status === 'diverged') {
        off();
        fail(new Error(s.message ?? s.status));
      }
    });
  });
}

export interface ParallelResult {
  workers: number;
  /** Steps per second of each timed round, and their median. */
  rounds: number[];
  median: number;
  /** The losses of the first steps, to compare across k. */
  first: number[];
}

/** Steps/s of `settings` on `k` threads: warm-up, then `rounds` rounds of `steps` steps taken back to back. */
async function measure(settings: RunSettings, k: number, steps: number, rounds = 5): Promise<ParallelResult> {
  const [leader, ...followers] = Array.from({ length: k }, thread);
  const client = new TrainerClient(parallelWorker(leader, followers));
  const first: number[] = [];
  client.onProgress((p) => {
    if (p.step <= 5) first.push(p.loss);
  });
  try {
    await client.init({ ...settings, workers: k, reportEveryMs: 0 });
    if (client.workers !== k)
      throw new Error(`asked for ${k} workers, got ${client.workers}: ${client.note}`);
    let at = 0;
    const take = (n: number) => {
      at += n;
      const done = paused(client, at);
      client.step(n);
      return done;
    };
    await take(5);
    await take(steps); // warm-up
    const out: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      await take(steps);
      out.push((steps * 1000) / (performance.now() - t0));
    }
    const sorted = [...out].sort((a, b) => a - b);
    return { workers: k, rounds: out, median: sorted[Math.floor(sorted.length / 2)], first };
  } finally {
    client.dispose();
  }
}

/** Measures k = 1 and k = 2 on one task and prints steps/s, the speed-up and how far the first losses differ. */
export async function parallelSpeedup(
  task: string,
  config: Record<string, unknown> = {},
  steps = 200,
): Promise<{ one: ParallelResult; two: ParallelResult }> {
  const settings: RunSettings = { task, config, seed: 1 };
  const one = await measure(settings, 1, steps);
  const two = await measure(settings, 2, steps);
  const diff = Math.max(...one.first.map((l, i) => Math.abs(l - two.first[i]) / Math.abs(l)));
  const fmt = (r: ParallelResult) =>
    `${r.median.toFixed(1)} steps/s (rounds ${r.rounds.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(
    `\nData parallel, '${task}' ${JSON.stringify(config)}, ${steps} steps a round, Node worker threads:`,
  );
  console.log(`  k = 1: ${fmt(one)}`);
  console.log(`  k = 2: ${fmt(two)}`);
  console.log(
    `  speed-up k = 2 / k = 1: ${(two.median / one.median).toFixed(2)}×; first 5 losses agree to ${diff.toExponential(1)} (relative)`,
  );
  return { one, two };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  const [task = 'char-rnn', steps = '200', config = '{}'] = process.argv.slice(2);
  await parallelSpeedup(task, JSON.parse(config) as Record<string, unknown>, Number(steps));
}
