// What the gradient-flow chart can show: its decades (at most 10⁻³⁰ to 10³⁰, so a 10⁻⁶⁰ does not squash
// every other curve into a line) and, for each curve, the steps where it leaves that range. A curve is cut
// where it leaves the chart and marked there, and the note says how far it went: drawn flat along the edge,
// 2.5 × 10⁻³⁹ looked like 10⁻³⁰.
import type { GradientFlowModel } from '../../models/gradientFlow.ts';
import { logTicks } from '../../ui/logTicks.ts';
import { pow10, sci } from '../../ui/sci.ts';

export const FLOOR = 1e-30;
export const CEIL = 1e30;

export type CurveName = 'measured' | 'bound';

export interface OffChart {
  curve: CurveName;
  side: 'below' | 'above';
  /** The steps t (1-based, first ≤ last) whose values lie beyond the edge. */
  first: number;
  last: number;
  /** The edge crossed, and the value furthest beyond it. */
  edge: number;
  extreme: number;
  /** The step at which the curve leaves the chart, where its marker stands: the in-range end of the run. */
  exit: number;
}

export interface ChartRange {
  e0: number;
  e1: number;
  ticks: number[];
  off: OffChart[];
}

/** Runs of consecutive steps beyond one edge of [lo, hi], for one curve. */
function runs(curve: CurveName, values: readonly (number | null)[], lo: number, hi: number): OffChart[] {
  const out: OffChart[] = [];
  const sideOf = (v: number | null) =>
    v === null ? null : v < lo ? 'below' : v > hi || !Number.isFinite(v) ? 'above' : null;
  let i = 0;
  while (i < values.length) {
    const side = sideOf(values[i]);
    if (!side) {
      i++;
      continue;
    }
    let j = i;
    let extreme = values[i] as number;
    while (j + 1 < values.length && sideOf(values[j + 1]) === side) {
      j++;
      const v = values[j] as number;
      extreme = side === 'below' ? Math.min(extreme, v) : Math.max(extreme, v);
    }
    // the marker stands where the curve is last on the chart before the run: after it, or before it
    const exit = j + 1 < values.length ? j + 1 : Math.max(0, i - 1);
    out.push({
      curve,
      side,
      first: i + 1,
      last: j + 1,
      edge: side === 'below' ? lo : hi,
      extreme,
      exit: exit + 1,
    });
    i = j + 1;
  }
  return out;
}

export function chartRange(m: GradientFlowModel): ChartRange {
  const values = [...m.ratio, ...m.bound].filter(
    (v): v is number => v !== null && v > 0 && Number.isFinite(v),
  );
  const lo = Math.max(FLOOR, Math.min(1e-4, ...values));
  const hi = Math.min(CEIL, Math.max(1e4, ...values));
  const { e0, e1, ticks } = logTicks(lo, hi, 6);
  const off = [
    ...runs('measured', m.ratio, 10 ** e0, 10 ** e1),
    ...runs('bound', m.bound, 10 ** e0, 10 ** e1),
  ];
  return { e0, e1, ticks, off };
}

const NAME: Record<CurveName, string> = { measured: 'The measured share', bound: 'The bound' };
const steps = (o: OffChart) =>
  o.first === o.last ? `at step ${o.first}` : `from step ${o.first} to ${o.last}`;

const reached = (v: number) =>
  v === 0 ? '0, below the smallest number a computer can hold' : Number.isFinite(v) ? sci(v) : 'overflow';

/** One sentence per run off the chart, for the note under it and the chart's label. */
export function offChartText(off: readonly OffChart[]): string {
  return off
    .map(
      (o) =>
        `${NAME[o.curve]} is ${o.side} the chart's ${o.side === 'below' ? 'floor' : 'top'}, ${pow10(Math.round(Math.log10(o.edge)))}, ${steps(o)} (cut and marked ${o.side === 'below' ? '▼' : '▲'}); it reaches ${reached(o.extreme)}.`,
    )
    .join(' ');
}
