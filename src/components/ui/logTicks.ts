// The decades of a log-scale chart's y axis: a domain from whole powers of ten whose both ends are labelled
// ticks, so no line can run above the top label or below the bottom one without the reader seeing the scale.

export interface LogTicks {
  /** Exponent of the bottom of the domain, 10^e0. */
  e0: number;
  /** Exponent of the top of the domain, 10^e1; e1 − e0 is a whole number of tick steps. */
  e1: number;
  /** The tick values, 10^e0 … 10^e1, every `step` decades. */
  ticks: number[];
}

/** Decades covering [lo, hi] (both > 0) with at most about `most` + 1 ticks, the top one at the domain's top. */
export function logTicks(lo: number, hi: number, most = 5): LogTicks {
  const e0 = Math.floor(Math.log10(lo));
  const top = Math.max(e0 + 1, Math.ceil(Math.log10(hi)));
  const step = Math.max(1, Math.ceil((top - e0) / most));
  // round the top up to a whole number of steps: with step 2 from 10⁻⁹, a line at 1.8 would otherwise sit
  // above the highest label (10⁻¹) with nothing to read it against
  const e1 = e0 + step * Math.ceil((top - e0) / step);
  const ticks: number[] = [];
  for (let e = e0; e <= e1; e += step) ticks.push(10 ** e);
  return { e0, e1, ticks };
}
