// Data-parallel training in Chromium (issue 14): the char-RNN figure says how many cores its run uses and
// which kernel its products run on, and the built training worker trains char-rnn and the next chapter's
// tiny GPT on k = 1 and k = 2 workers for a few seconds each. PRINTS steps per second (not asserted: the
// machine is shared); asserts that every run used the WebAssembly kernel under the site's policy, ran,
// kept its losses finite, and that k = 2's first losses equal k = 1's to 1e-9.
import { expect, type Page, test } from '@playwright/test';
import { readyFigure } from './support/figures.ts';

const CHAPTER = '/chapters/rnns/';
// A short run in `npm test` (its checks need only a few steps); three seconds under `npm run measure:browser`.
const SECONDS = process.env.UNROLLED_MEASURE ? 3 : 1.5;

/** Pretends the machine has `cores` cores, before any script of the page runs. */
async function pretendCores(page: Page, cores: number): Promise<void> {
  await page.addInitScript((n) => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
  }, cores);
}

/**
 * The built training worker: the boot script a page starts (`new Worker`) and the address of the tasks'
 * code the page then hands it (trainingWorker.ts; the worker imports the page's own chunks).
 */
interface BuiltWorker {
  boot: string;
  code: string;
}

/** Watches the page start its training worker, for the specs to start more of the same. */
function watchWorker(page: Page): () => Promise<BuiltWorker> {
  const boots: string[] = [];
  const codes: string[] = [];
  page.on('worker', (w) => boots.push(w.url()));
  page.on('request', (r) => {
    if (/\/train\.worker\.[^/]*\.js$/.test(new URL(r.url()).pathname)) codes.push(r.url());
  });
  return async () => {
    await expect.poll(() => boots.length > 0 && codes.length > 0).toBe(true);
    return { boot: boots[0], code: codes[0] };
  };
}

interface Measured {
  first: number[];
  steps: number;
  seconds: number;
  finite: boolean;
  workers: number;
  /** The kernel the leader's products ran on ('wasm', 'typescript' or 'reference'). */
  kernel: string;
}

/**
 * In the page: k workers from the built entry joined as the page's parallelWorker joins them, the
 * first 5 losses step by step, then `seconds` of continuous training.
 */
function measure(page: Page, built: BuiltWorker, task: string, k: number): Promise<Measured> {
  return page.evaluate(
    async ({ built, task, k, seconds }) => {
      const workers = Array.from({ length: k }, () => {
        const w = new Worker(built.boot, { type: 'module' });
        w.postMessage({ type: 'unrolled-boot', module: built.code });
        return w;
      });
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
      let kernel = '';
      let waiter: ((m: { type: string; status?: string; step?: number }) => void) | null = null;
      leader.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'progress') {
          if (losses.length < 5) losses.push(m.loss);
          finite &&= Number.isFinite(m.loss) && Number.isFinite(m.gradNorm);
        }
        if (m.type === 'ready') {
          ready = m.workers;
          kernel = m.kernel;
        }
        if (m.type === 'status' && m.status !== 'running') waiter?.(m);
      };
      const next = () => new Promise<{ type: string; status?: string; step?: number }>((r) => (waiter = r));
      try {
        leader.postMessage({
          type: 'init',
          settings: { task, seed: 1, workers: k, reportEveryMs: 0 },
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
          kernel,
        };
      } finally {
        for (const w of workers) w.terminate();
      }
    },
    { built, task, k, seconds: SECONDS },
  );
}

test('the char-RNN run bar says how many cores its run uses, keeping one for the page, and its kernel', async ({
  page,
}) => {
  await pretendCores(page, 4);
  await page.goto(`${CHAPTER}?char-rnn.workers=3`);
  const figure = await readyFigure(page, 'char-rnn');
  await expect(figure.locator('.run-cores')).toHaveText('on 3 cores · WebAssembly');
  await page.goto(`${CHAPTER}?char-rnn.workers=1`);
  await expect((await readyFigure(page, 'char-rnn')).locator('.run-cores')).toHaveText(
    'on 1 core · WebAssembly',
  );
});

/** Prints a task's steps per second on k = 1 and 2 and checks what can be checked on a shared machine. */
async function speedUp(page: Page, built: BuiltWorker, task: string): Promise<void> {
  const one = await measure(page, built, task, 1);
  const two = await measure(page, built, task, 2);
  for (const r of [one, two]) {
    console.log(
      `${task} in a Chromium worker (${r.kernel} kernel), k = ${r.workers}: ${(r.steps / r.seconds).toFixed(1)} steps/s (${r.steps} steps in ${r.seconds.toFixed(1)} s)`,
    );
  }
  console.log(
    `${task} speed-up k = 2 / k = 1: ${(two.steps / two.seconds / (one.steps / one.seconds)).toFixed(2)}×`,
  );
  expect([one.workers, two.workers]).toEqual([1, 2]);
  expect([one.kernel, two.kernel]).toEqual(['wasm', 'wasm']);
  expect(one.steps).toBeGreaterThan(0);
  expect(two.steps).toBeGreaterThan(0);
  expect(one.finite && two.finite).toBe(true);
  expect(one.first).toHaveLength(5);
  const worst = Math.max(...two.first.map((loss, i) => Math.abs(loss - one.first[i])));
  expect(worst).toBeLessThanOrEqual(1e-9);
}

test('the built worker trains char-rnn and the tiny GPT on k = 1 and k = 2 workers with the WebAssembly kernel: prints steps/s, the first losses agree', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const builtWorker = watchWorker(page);
  await pretendCores(page, 2);
  await page.goto(CHAPTER);
  await readyFigure(page, 'char-rnn');
  const built = await builtWorker();
  // the tiny GPT (Chapter 8's model, 2 layers, d = 48, 4 heads, context 32, batch 8) trains in the same
  // worker entry: every page's training worker knows every task of the book
  await speedUp(page, built, 'char-rnn');
  await speedUp(page, built, 'tiny-gpt');
});

/** The kernel a fresh training worker reports when it builds the tiny GPT. */
function kernelIn(page: Page, built: BuiltWorker): Promise<string> {
  return page.evaluate(async (built) => {
    const worker = new Worker(built.boot, { type: 'module' });
    worker.postMessage({ type: 'unrolled-boot', module: built.code });
    try {
      return await new Promise<string>((resolve, reject) => {
        worker.onmessage = (e) => {
          if (e.data.type === 'ready') resolve(e.data.kernel);
          if (e.data.type === 'status' && e.data.status === 'error') reject(new Error(e.data.message));
        };
        worker.onerror = (e) => reject(new Error(e.message || 'the worker did not start'));
        worker.postMessage({ type: 'init', settings: { task: 'tiny-gpt', seed: 1 } });
      });
    } finally {
      worker.terminate();
    }
  }, built);
}

test('the training worker compiles the WebAssembly kernel under the site’s policy, and says so when a host forbids it', async ({
  page,
}) => {
  const builtWorker = watchWorker(page);
  await page.goto(CHAPTER);
  await readyFigure(page, 'char-rnn');
  const built = await builtWorker();
  const url = built.boot;
  const pagePolicy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(pagePolicy).toContain("'wasm-unsafe-eval'");
  // A worker's policy comes from its script's response, not from the page's <meta>; `astro preview` (like a
  // plain static host) sends none, so the worker may compile WebAssembly.
  const header = (await page.request.get(url)).headers()['content-security-policy'];
  console.log(`policy header on the worker's script from astro preview: ${header ?? 'none'}`);
  expect(await kernelIn(page, built)).toBe('wasm');
  // A host that sends the page's own policy as a header on every file: 'wasm-unsafe-eval' is in it.
  const policy = { value: pagePolicy ?? '' };
  let routed = 0;
  await page.route(url, async (route) => {
    routed++;
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy.value },
    });
  });
  expect(await kernelIn(page, built)).toBe('wasm');
  // A host whose policy forbids compiling WebAssembly: the worker falls back to the TypeScript kernel and says so.
  policy.value = "default-src 'self'; script-src 'self'";
  expect(await kernelIn(page, built)).toBe('typescript');
  expect(routed).toBe(2);
});
