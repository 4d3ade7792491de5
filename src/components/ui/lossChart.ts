// A small log-scale line chart of training curves (D3 only), shared by the exploding-gradient and char-RNN figures.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { line } from 'd3-shape';
import { chartLegend } from './chartLegend.ts';
import { chartWidth } from './chartWidth.ts';
import { logTicks } from './logTicks.ts';
import { pow10 } from './sci.ts';

export interface Series {
  name: string;
  cls: string;
  points: [number, number][];
}

const H = 236;
const M = { top: 12, right: 16, bottom: 48, left: 64 };

export function lossChart(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  o: { label: string; xLabel: string; log: boolean },
) {
  const { W, narrow } = chartWidth(parent);
  const svg = parent
    .append('svg')
    .classed('lc-narrow', narrow)
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', o.label);
  const gx = svg
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(0,${H - M.bottom})`);
  const gy = svg.append('g').attr('class', 'lc-axis').attr('transform', `translate(${M.left},0)`);
  svg
    .append('text')
    .attr('class', 'lc-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 3)
    .attr('text-anchor', 'middle')
    .text(o.xLabel);
  const paths = svg.append('g');
  const legend = svg.append('g').attr('transform', `translate(${M.left + 10},${M.top + 8})`);
  return {
    update(series: Series[], xMax: number, aria: string, guide?: { y: number; label: string }) {
      svg.attr('aria-label', aria);
      const all = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v > 0 && Number.isFinite(v));
      if (guide) all.push(guide.y);
      const lo = all.length ? Math.min(...all) : 0.1;
      const hi = all.length ? Math.max(...all) : 10;
      const x = scaleLinear()
        .domain([0, Math.max(10, xMax)])
        .range([M.left, W - M.right]);
      const { e0, e1, ticks } = logTicks(lo, hi);
      const y = o.log
        ? scaleLog()
            .domain([10 ** e0, 10 ** e1])
            .range([H - M.bottom, M.top])
            .clamp(true)
        : scaleLinear()
            .domain([0, hi])
            .nice()
            .range([H - M.bottom, M.top]);
      gy.call(
        o.log
          ? axisLeft(y)
              .tickValues(ticks)
              .tickFormat((v) => pow10(Math.round(Math.log10(v as number))))
          : axisLeft(y).ticks(5),
      );
      gx.call(
        axisBottom(x)
          .ticks(narrow ? 4 : 6)
          .tickFormat((v) => String(v)),
      );
      const mk = line<[number, number]>()
        .x((p) => x(p[0]))
        .y((p) => y(Math.max(p[1], o.log ? 10 ** e0 : 0)));
      paths
        .selectAll('path')
        .data(series)
        .join('path')
        .attr('class', (s) => `lc-line ${s.cls}`)
        .attr('d', (s) => mk(s.points));
      paths
        .selectAll('line.lc-guide')
        .data(guide ? [guide] : [])
        .join('line')
        .attr('class', 'lc-guide')
        .attr('x1', M.left)
        .attr('x2', W - M.right)
        .attr('y1', (g) => y(g.y))
        .attr('y2', (g) => y(g.y));
      const items = [
        ...series.map((s) => ({ cls: s.cls, name: s.name })),
        ...(guide ? [{ cls: 'lc-guide', name: guide.label }] : []),
      ];
      chartLegend(legend, items, 18);
    },
  };
}
