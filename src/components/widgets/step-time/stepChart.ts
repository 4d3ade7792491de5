// The geometry of the step-time chart (log length against log milliseconds per step), pure: the static frame draws it at build time and the live view in the page, from the same function.
import { scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { logTicks } from '../../ui/logTicks.ts';
import { sci } from '../../ui/sci.ts';
import { RACER_NAME, RACERS, type Racer } from '../../models/raceRacers.ts';
import { LENGTHS, type Timing } from './timingCells.ts';

export const H = 250;
const M = { top: 14, right: 14, bottom: 44, left: 58 };

export interface StepChart {
  W: number;
  H: number;
  series: { racer: Racer; name: string; d: string; dots: { x: number; y: number }[] }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const msLabel = (v: number) => (v >= 1 ? `${v} ms` : `${sci(v)} ms`);
/** Two significant figures, never an exponent for the sizes a step takes (0.66, 25, 340 ms). */
export const showMs = (v: number) => (v >= 100 ? String(Number(v.toPrecision(2))) : v.toPrecision(2));

/** Lines of each racer through its measured lengths (only positive, finite times are drawn). */
export function stepChart(timings: readonly Timing[], W: number): StepChart {
  const good = timings.filter((t) => t.ms > 0 && Number.isFinite(t.ms));
  const lo = good.length > 0 ? Math.min(...good.map((t) => t.ms)) : 0.1;
  const hi = good.length > 0 ? Math.max(...good.map((t) => t.ms)) : 100;
  const ticks = logTicks(lo, hi, 4);
  const x = scaleLog()
    .domain([LENGTHS[0], LENGTHS[LENGTHS.length - 1]])
    .range([M.left, W - M.right]);
  const y = scaleLog()
    .domain([10 ** ticks.e0, 10 ** ticks.e1])
    .range([H - M.bottom, M.top]);
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  return {
    W,
    H,
    series: RACERS.map((racer) => {
      const dots = good
        .filter((t) => t.racer === racer)
        .sort((a, b) => a.length - b.length)
        .map((t) => ({ x: x(t.length), y: y(t.ms) }));
      return { racer, name: RACER_NAME[racer], d: path(dots) ?? '', dots };
    }),
    xTicks: LENGTHS.map((l) => ({ x: x(l), label: String(l) })),
    yTicks: ticks.ticks.map((v) => ({ y: y(v), label: msLabel(v) })),
    plot: { left: M.left, right: W - M.right, top: M.top, bottom: H - M.bottom },
  };
}

/** Each racer's step time at the longest length over its time at a quarter of it (T = 100 → 400). */
export function growth(timings: readonly Timing[], from = 100, to = 400): Partial<Record<Racer, number>> {
  const out: Partial<Record<Racer, number>> = {};
  for (const racer of RACERS) {
    const a = timings.find((t) => t.racer === racer && t.length === from)?.ms;
    const b = timings.find((t) => t.racer === racer && t.length === to)?.ms;
    if (a !== undefined && b !== undefined && a > 0 && b > 0) out[racer] = b / a;
  }
  return out;
}

/** The chart and its growth in words (the figure's text alternative and readout). */
export function stepText(timings: readonly Timing[]): string {
  if (timings.length === 0) return 'No step has been timed yet.';
  const at = (l: number) =>
    RACERS.map((r) => timings.find((t) => t.racer === r && t.length === l))
      .filter((t) => t !== undefined)
      .map((t) => `${RACER_NAME[t.racer]} ${showMs(t.ms)} ms`)
      .join(', ');
  const longest = Math.max(...timings.map((t) => t.length));
  const g = growth(timings);
  const grown = RACERS.filter((r) => g[r] !== undefined);
  const words = grown.length
    ? ` From T = 100 to T = 400 (four times longer) the step time grows ${grown.map((r) => `×${(g[r] as number).toFixed(1)} for the ${RACER_NAME[r]}`).join(', ')}.`
    : '';
  return `Median milliseconds per training step at T = 25: ${at(25)}; at T = ${longest}: ${at(longest)}.${words}`;
}
