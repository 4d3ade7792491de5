// Main-thread long tasks seen by the page (PerformanceObserver 'longtask', from page start): measurements to
// print, never to assert on time.
import type { Page } from '@playwright/test';

/** Starts recording before the page loads; the returned function reads the longest task since `from` (ms). */
export async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return (from: number) =>
    page.evaluate((f) => {
      const long = (window as unknown as { __long: { start: number; duration: number }[] }).__long;
      const since = long
        .filter((e) => e.start >= f)
        .map((e) => Math.round(e.duration))
        .sort((a, b) => b - a);
      // every task over 50 ms, longest first (the observer sees no shorter one)
      return { longest: Math.max(0, ...since), over50: since.filter((d) => d > 50).length, durations: since };
    }, from);
}

export const nowMs = (page: Page) => page.evaluate(() => performance.now());
