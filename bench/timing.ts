// Timing helpers for the benchmark: warm up, then take the median of many samples, each long enough for the clock.

export interface Timing {
  /** Median milliseconds per iteration. */
  median: number;
  /** Interquartile range of the per-iteration samples, in ms. */
  q1: number;
  q3: number;
  samples: number;
}

/** Runs fn for warmupMs, then for about budgetMs in samples of k iterations (k sized so a sample takes ≥ 2 ms). */
export function measure(fn: () => void, budgetMs = 1500, warmupMs = 400): Timing {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < warmupMs || n < 5) {
    fn();
    n++;
  }
  const perIter = (performance.now() - t0) / n;
  const k = Math.max(1, Math.ceil(2 / perIter));
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < budgetMs || times.length < 7) {
    const s = performance.now();
    for (let i = 0; i < k; i++) fn();
    times.push((performance.now() - s) / k);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), samples: times.length };
}
