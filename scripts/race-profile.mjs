// Measures Chapter 5's race in Chromium as a reader meets it: scroll to the figure, wait for the verdict,
// and print the time to verdict and every main-thread task over 50 ms (PerformanceObserver 'longtask')
// from the scroll on. Run against a served build with the chapter in it:
//   npm run build
//   npx astro preview --port 4351 &
//   BASE_URL=http://127.0.0.1:4351 LAG=50 RUNS=5 node scripts/race-profile.mjs
// The figures depend on what else the machine is doing: the three workers already want more than two cores.
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const lag = Number(process.env.LAG ?? 50);
const runs = Number(process.env.RUNS ?? 3);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const longest = [];
const verdicts = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/chapters/gates/?gate-race.lag=${lag}`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('book-figure[fid="gate-race"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => {
      const v = document.querySelector('.gate-race')?.getAttribute('data-verdict');
      return v && v !== 'pending';
    },
    null,
    { timeout: 300_000 },
  );
  const text = await page.locator('.gr-verdict').textContent();
  const tasks = (await page.evaluate(() => window.__long)).filter((t) => t.start >= t0);
  const max = Math.max(0, ...tasks.map((t) => t.duration));
  longest.push(max);
  verdicts.push(Number(/reached in ([\d.]+) s/.exec(text)?.[1]));
  console.log(
    `run ${i + 1}: ${text}; long tasks: ${tasks.length ? tasks.map((t) => `${t.duration.toFixed(0)} ms at +${(t.start - t0).toFixed(0)} ms`).join(', ') : 'none'}`,
  );
  await page.close();
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `lag ${lag}, ${runs} runs: verdict median ${median(verdicts)} s (max ${Math.max(...verdicts)} s); longest main-thread task median ${median(longest).toFixed(0)} ms, max ${Math.max(...longest).toFixed(0)} ms`,
);
