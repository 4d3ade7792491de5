// Timing helpers for the benchmark: warm up, then take medians of many samples, interleaving the contenders so load drift hits all alike.

export interface Timing {
  /** Median milliseconds per iteration. */
  median: number;
  /** Interquartile range of the per-iteration samples, in ms. */
  q1: number;
  q3: number;
  samples: number;
}

/** Iterations per sample so that one sample takes at least 2 ms, after warming fn up for warmupMs. */
function warmUp(fn: () => void, warmupMs: number): number {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < warmupMs || n < 5) {
    fn();
    n++;
  }
  return Math.max(1, Math.ceil(2 / ((performance.now() - t0) / n)));
}

function summarise(times: number[]): Timing {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), samples: times.length };
}

/**
 * Times each function in `rounds` rounds of about budgetMs / rounds each, in turn (A B C A B C …),
 * so a burst of load from another process lands on every contender instead of on one.
 */
export function measureAll(fns: (() => void)[], budgetMs = 1500, rounds = 5, warmupMs = 300): Timing[] {
  const ks = fns.map((fn) => warmUp(fn, warmupMs));
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      while (performance.now() - start < budgetMs / rounds || times[i].length < 2 * (r + 1)) {
        const s = performance.now();
        for (let j = 0; j < ks[i]; j++) fn();
        times[i].push((performance.now() - s) / ks[i]);
      }
    });
  }
  return times.map(summarise);
}
