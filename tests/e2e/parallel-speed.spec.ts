// Data-parallel training in Chromium (issue 14): the char-RNN figure says how many cores its run uses, and
// the built training worker trains k = 1 and k = 2 for a few seconds each. PRINTS steps per second (not
// asserted: the machine is shared); asserts only that both ran, their losses are finite and k = 2's first
// losses equal k = 1's to 1e-9.
import { expect, type Page, test } from '@playwright/test';
import { readyFigure } from './support/figures.ts';

const CHAPTER = '/chapters/rnns/';
const SECONDS = 3;

/** Pretends the machine has `cores` cores, before any script of the page runs. */
async function pretendCores(page: Page, cores: number): Promise<void> {
  await page.addInitScript((n) => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
  }, cores);
}

interface Measured {
  first: number[];
  steps: number;
  seconds: number;
  finite: boolean;
  workers: number;
}

/**
 * In the page: k workers from the built entry joined as the page's parallelWorker joins them, the
 * first 5 losses step by step, then `seconds` of continuous training.
 */
function measure(page: Page, url: string, k: number): Promise<Measured> {
  return page.evaluate(
    async ({ url, k, seconds }) => {
      const workers = Array.from({ length: k }, () => new Worker(url, { type: 'module' }));
      const [leader, ...followers] = workers;
      const ports = followers.map((f) => {
        const { port1, port2 } = new MessageChannel();
        f.postMessage({ type: 'follow' }, [port2]);
        return port1;
      });
      if (ports.length > 0) leader.postMessage({ type: 'followers' }, ports);
      const losses: number[] = [];
      let finite = true;
      let ready = 0;
      let waiter: ((m: { type: string; status?: string; step?: number }) => void) | null = null;
      leader.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'progress') {
          if (losses.length < 5) losses.push(m.loss);
          finite &&= Number.isFinite(m.loss) && Number.isFinite(m.gradNorm);
        }
        if (m.type === 'ready') ready = m.workers;
        if (m.type === 'status' && m.status !== 'running') waiter?.(m);
      };
      const next = () => new Promise<{ type: string; status?: string; step?: number }>((r) => (waiter = r));
      try {
        leader.postMessage({
          type: 'init',
          settings: { task: 'char-rnn', seed: 1, workers: k, reportEveryMs: 0 },
        });
        const idle = await next();
        if (idle.status !== 'idle') throw new Error(`init: ${JSON.stringify(idle)}`);
        leader.postMessage({ type: 'step', count: 5 });
        const at5 = await next();
        leader.postMessage({ type: 'start' });
        const t0 = performance.now();
        await new Promise((r) => setTimeout(r, seconds * 1000));
        leader.postMessage({ type: 'pause' });
        const end = await next();
        const took = (performance.now() - t0) / 1000;
        return {
          first: losses,
          steps: (end.step ?? 0) - (at5.step ?? 0),
          seconds: took,
          finite,
          workers: ready,
        };
      } finally {
        for (const w of workers) w.terminate();
      }
    },
    { url, k, seconds: SECONDS },
  );
}

test('the char-RNN run bar says how many cores its run uses, keeping one for the page', async ({ page }) => {
  await pretendCores(page, 4);
  await page.goto(`${CHAPTER}?char-rnn.workers=3`);
  const figure = await readyFigure(page, 'char-rnn');
  await expect(figure.locator('.run-cores')).toHaveText('on 3 cores');
  await page.goto(`${CHAPTER}?char-rnn.workers=1`);
  await expect((await readyFigure(page, 'char-rnn')).locator('.run-cores')).toHaveText('on 1 core');
});

test('the built worker trains char-rnn on k = 1 and k = 2 workers: prints steps/s, the first losses agree', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const urls: string[] = [];
  page.on('worker', (w) => urls.push(w.url()));
  await pretendCores(page, 2);
  await page.goto(CHAPTER);
  await readyFigure(page, 'char-rnn');
  await expect.poll(() => urls.length).toBeGreaterThan(0);
  const one = await measure(page, urls[0], 1);
  const two = await measure(page, urls[0], 2);
  for (const r of [one, two]) {
    console.log(
      `char-rnn in a Chromium worker, k = ${r.workers}: ${(r.steps / r.seconds).toFixed(1)} steps/s (${r.steps} steps in ${r.seconds.toFixed(1)} s)`,
    );
  }
  console.log(`speed-up k = 2 / k = 1: ${(two.steps / two.seconds / (one.steps / one.seconds)).toFixed(2)}×`);
  expect([one.workers, two.workers]).toEqual([1, 2]);
  expect(one.steps).toBeGreaterThan(0);
  expect(two.steps).toBeGreaterThan(0);
  expect(one.finite && two.finite).toBe(true);
  expect(one.first).toHaveLength(5);
  const worst = Math.max(...two.first.map((loss, i) => Math.abs(loss - one.first[i])));
  expect(worst).toBeLessThanOrEqual(1e-9);
});
