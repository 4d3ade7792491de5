// What the gradient-flow figure draws, as plain data: the readout, the chart's bands, axes, both curves, the
// marks where a curve leaves the chart and the words for them. GradientFlowFigure.astro (static first frame,
// at build time) and view.ts (live) both draw from it, so the two frames cannot drift apart. d3-scale and
// d3-shape need no DOM: a line generator without a context returns the path string.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { type GradientFlowModel, VANISHED } from '../../models/gradientFlow.ts';
import { pow10, sci } from '../../ui/sci.ts';
import { chartRange, offChartText } from './chartRange.ts';

export const W = 640;
export const H = 312;
const M = { top: 14, right: 16, bottom: 50, left: 66 };
// d3-axis's look: 6 px ticks, labels 3 px beyond them, lines moved half a pixel so they fall on whole pixels
const TICK = 6;
const PAD = 3;
const HALF = 0.5;

export type RegionName = 'exploding' | 'stable' | 'vanishing';

export interface Band {
  name: RegionName;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the band's name stands: just inside its upper edge at the left. */
  labelX: number;
  labelY: number;
}

/** One axis drawn the way d3-axis draws it: a domain path with end ticks, then one tick per value. */
export interface Axis {
  transform: string;
  anchor: 'end' | 'middle';
  domain: string;
  /** The tick line's end and the label's offset from the tick, the same for every tick of the axis. */
  line: { x2: number; y2: number };
  text: { x: number; y: number; dy: string };
  ticks: { transform: string; label: string }[];
}

export interface OffMark {
  className: string;
  x: number;
  y: number;
  text: '▼' | '▲';
}

export interface GradientFlowLayout {
  readout: string;
  /** The overflow warning, or null when nothing overflowed. */
  warning: string | null;
  viewBox: string;
  ariaLabel: string;
  bands: Band[];
  xAxis: Axis;
  yAxis: Axis;
  xLabel: { x: number; y: number; text: string };
  /** Each curve's path, cut where it leaves the chart; null when none of it is on the chart. */
  bound: string | null;
  measured: string | null;
  offMarks: OffMark[];
  /** The same cuts in words, for the note under the chart; null when both curves fit. */
  offNote: string | null;
}

export function readoutText(m: GradientFlowModel): string {
  const factor = m.gamma * m.sigmaMax;
  return (
    `ρ(W_hh) = ${m.rho.toFixed(2)}, σ_max(W_hh) = ${m.sigmaMax.toFixed(2)}, γ = ${m.gamma}: the bound shrinks or grows by ${factor.toFixed(2)} per step. ` +
    (m.first === null
      ? ''
      : `Share of the last step's gradient that reaches h₁: ${sci(m.first)} (${m.regime}).`)
  );
}

export function gradientFlowLayout(m: GradientFlowModel): GradientFlowLayout {
  // the chart shows 10^e0 … 10^e1, never beyond FLOOR … CEIL; beyond it a curve is cut and marked
  const { e0, e1, ticks, off } = chartRange(m);
  const lo = 10 ** e0;
  const hi = 10 ** e1;
  const inside = (v: number) => v >= lo && v <= hi;
  const x = scaleLinear()
    .domain([1, m.T])
    .range([M.left, W - M.right]);
  const y = scaleLog()
    .domain([lo, hi])
    .range([H - M.bottom, M.top])
    .clamp(true);

  const regions: { name: RegionName; from: number; to: number }[] = [
    { name: 'exploding', from: 1 / VANISHED, to: hi },
    { name: 'stable', from: VANISHED, to: 1 / VANISHED },
    { name: 'vanishing', from: lo, to: VANISHED },
  ];
  const bands = regions
    .filter((b) => b.to > b.from)
    .map((b) => {
      const top = y(Math.min(b.to, hi));
      // the name sits inside the band's upper edge at the left: at the right end both curves meet at 1,
      // the middle of the stable band, and a label there lay under them
      return {
        name: b.name,
        x: M.left,
        y: top,
        width: W - M.left - M.right,
        height: Math.max(0, y(Math.max(b.from, lo)) - top),
        labelX: M.left + 6,
        labelY: top + 15,
      };
    });

  const [x0, x1] = x.range().map((v) => v + HALF);
  const [y0, y1] = y.range().map((v) => v + HALF);
  const xAxis: Axis = {
    transform: `translate(0,${H - M.bottom})`,
    anchor: 'middle',
    domain: `M${x0},${TICK}V${HALF}H${x1}V${TICK}`,
    line: { x2: 0, y2: TICK },
    text: { x: 0, y: TICK + PAD, dy: '0.71em' },
    ticks: x.ticks(6).map((t) => ({ transform: `translate(${x(t) + HALF},0)`, label: String(t) })),
  };
  const yAxis: Axis = {
    transform: `translate(${M.left},0)`,
    anchor: 'end',
    domain: `M${-TICK},${y0}H${HALF}V${y1}H${-TICK}`,
    line: { x2: -TICK, y2: 0 },
    text: { x: -(TICK + PAD), y: 0, dy: '0.32em' },
    ticks: ticks.map((t) => ({
      transform: `translate(0,${y(t) + HALF})`,
      label: pow10(Math.round(Math.log10(t))),
    })),
  };

  const bound = line<number>()
    .defined((v) => inside(v))
    .x((_, i) => x(i + 1))
    .y((v) => y(v))(m.bound);
  const pts = m.ratio
    .map((v, i) => [i + 1, v] as const)
    .filter((p): p is readonly [number, number] => p[1] !== null);
  const measured = line<readonly [number, number]>()
    .defined((p) => inside(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))(pts);

  const offMarks = off.map((o) => ({
    className: `gf-off-mark gf-off-${o.curve}`,
    x: x(o.exit),
    y: o.side === 'below' ? y(lo) - 3 : y(hi) + 12,
    text: o.side === 'below' ? ('▼' as const) : ('▲' as const),
  }));
  const offText = offChartText(off);

  return {
    readout: readoutText(m),
    warning: m.overflow
      ? `overflow at step ${m.overflow.step} (${m.overflow.phase} pass): the numbers grew past the largest a computer can hold, so the curve stops there.`
      : null,
    viewBox: `0 0 ${W} ${H}`,
    ariaLabel:
      `Gradient norm at each step on a log scale, T = ${m.T}. ${m.first === null ? 'Overflow.' : `At step 1 it is ${sci(m.first)} of its size at step T: ${m.regime}.`} ${offText}`.trim(),
    bands,
    xAxis,
    yAxis,
    xLabel: { x: (M.left + W - M.right) / 2, y: H - 4, text: 'step t (the loss is at the last step, T)' },
    bound,
    measured,
    offMarks,
    offNote: off.length > 0 ? offText : null,
  };
}

/** The legend's two keys, in HTML above the chart: inside it the legend sat on the bands' labels at phone widths. */
export const LEGEND: { cls: string; text: string }[] = [
  { cls: 'gf-key-measured', text: 'measured ‖∂L/∂h_t‖ ÷ ‖∂L/∂h_T‖' },
  { cls: 'gf-key-bound', text: 'bound (γ·σ_max)^(T−t)' },
];
