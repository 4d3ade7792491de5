// Accuracy against input length (D3 only): one line per model over the held-out length bands, 0–100%.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { line } from 'd3-shape';
import { chartLegend } from './chartLegend.ts';
import { chartWidth } from './chartWidth.ts';
import type { Band } from '../training/datesRun.ts';

export interface AccuracySeries {
  name: string;
  cls: string;
  bands: Band[];
  /** Which accuracy to draw. */
  measure: 'exact' | 'char';
}

// the legend sits above the plot, so it never covers a line (at phone widths the text is large)
const H = 320;
const M = { top: 84, right: 16, bottom: 48, left: 56 };

const mid = (b: Band) => (b.lo + b.hi) / 2;

export function accuracyChart(parent: Selection<HTMLElement, unknown, null, undefined>, label: string) {
  const { W, narrow } = chartWidth(parent);
  const svg = parent
    .append('svg')
    .attr('class', 'acc-chart')
    .classed('lc-narrow', narrow)
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', label);
  const x = scaleLinear()
    .domain([5, 45])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const gx = svg
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(0,${H - M.bottom})`);
  svg
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(${M.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => `${Math.round((v as number) * 100)}%`),
    );
  const xText = svg
    .append('text')
    .attr('class', 'lc-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 6)
    .attr('text-anchor', 'middle');
  const paths = svg.append('g');
  const dots = svg.append('g');
  const legend = svg.append('g').attr('transform', `translate(${M.left},16)`);
  const mk = line<Band>();
  return {
    update(series: AccuracySeries[], aria: string, domain: [number, number] = [5, 45], xLabel?: string) {
      svg.attr('aria-label', aria);
      x.domain(domain);
      gx.call(axisBottom(x).ticks(narrow ? 5 : 8));
      xText.text(xLabel ?? 'input length (characters), held-out dates');
      mk.x((b) => x(mid(b)));
      paths
        .selectAll('path')
        .data(series)
        .join('path')
        .attr('class', (s) => `lc-line ${s.cls}`)
        .attr('d', (s) => mk.y((b) => y(s.measure === 'exact' ? b.exact : b.char))(s.bands));
      dots
        .selectAll('g')
        .data(series)
        .join('g')
        .attr('class', (s) => `acc-dots ${s.cls}`)
        .selectAll('circle')
        .data((s) => s.bands.map((b) => ({ b, v: s.measure === 'exact' ? b.exact : b.char })))
        .join('circle')
        .attr('r', 4)
        .attr('cx', (d) => x(mid(d.b)))
        .attr('cy', (d) => y(d.v));
      chartLegend(legend, series, 24);
    },
  };
}

/** The chart's words for a screen reader: each model's accuracy per band ('6–9 characters 40%', or '2 digits 100%' for a single length). */
export function accuracyText(series: AccuracySeries[], unit = 'characters'): string {
  const where = (b: Band) => (b.lo === b.hi ? `${b.lo} ${unit}` : `${b.lo}–${b.hi} ${unit}`);
  return series
    .map(
      (s) =>
        `${s.name}: ${s.bands.map((b) => `${where(b)} ${Math.round((s.measure === 'exact' ? b.exact : b.char) * 100)}%`).join(', ')}`,
    )
    .join('; ');
}
