// A small line chart of training curves, log or linear (D3 only), shared by the figures that train live; its key
// sits in rows above the plot (chartLegend.ts), so it never covers a curve.
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
/** The key's rows sit above the plot (so it never covers a curve); the chart grows by them. */
const ROW = 18;
const ROW_NARROW = 20;

export function lossChart(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  o: {
    label: string;
    xLabel: string;
    log: boolean;
    /** Rows to keep for the key from the start, when a line arrives later (the chart would grow then). */
    keys?: number;
    /** False for a figure that keys its lines in its own HTML above the chart: no key, no rows for it. */
    key?: boolean;
  },
) {
  const { W, narrow } = chartWidth(parent);
  const svg = parent
    .append('svg')
    .attr('class', 'lc-chart')
    .classed('lc-narrow', narrow)
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', o.label);
  // the key above, then the plot moved down by the key's height
  const legend = svg.append('g').attr('transform', `translate(${M.left},14)`);
  const plot = svg.append('g');
  const gx = plot
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(0,${H - M.bottom})`);
  const gy = plot.append('g').attr('class', 'lc-axis').attr('transform', `translate(${M.left},0)`);
  plot
    .append('text')
    .attr('class', 'lc-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 3)
    .attr('text-anchor', 'middle')
    .text(o.xLabel);
  const paths = plot.append('g');
  const row = narrow ? ROW_NARROW : ROW;
  // Rows only grow: a key that lost a row would make the chart, and the page under it, jump.
  let rows = 0;
  const keep = o.keys ?? 0;
  let drawnAxes = '';
  return {
    update(series: Series[], xMax: number, aria: string, guide?: { y: number; label: string }) {
      if (svg.attr('aria-label') !== aria) svg.attr('aria-label', aria);
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
      // The axes are redrawn only when their domain moves (a run's loss rarely sets a new maximum): d3-axis
      // rewrites every tick's attributes and text, and each rewrite costs the page a style and layout pass.
      const axes = `${x.domain()}/${y.domain()}`;
      if (axes !== drawnAxes) {
        drawnAxes = axes;
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
      }
      const mk = line<[number, number]>()
        .x((p) => x(p[0]))
        .y((p) => y(Math.max(p[1], o.log ? 10 ** e0 : 0)));
      paths
        .selectAll<SVGPathElement, Series>('path')
        .data(series)
        .join('path')
        .each(function (s) {
          const cls = `lc-line ${s.cls}`;
          if (this.getAttribute('class') !== cls) this.setAttribute('class', cls);
          const d = mk(s.points) ?? '';
          if (this.getAttribute('d') !== d) this.setAttribute('d', d);
        });
      paths
        .selectAll<SVGLineElement, { y: number }>('line.lc-guide')
        .data(guide ? [guide] : [])
        .join((enter) =>
          enter
            .append('line')
            .attr('class', 'lc-guide')
            .attr('x1', M.left)
            .attr('x2', W - M.right),
        )
        .each(function (g) {
          const at = String(y(g.y));
          if (this.getAttribute('y1') !== at) {
            this.setAttribute('y1', at);
            this.setAttribute('y2', at);
          }
        });
      const items = [
        ...series.map((s) => ({ cls: s.cls, name: s.name })),
        ...(guide ? [{ cls: 'lc-guide', name: guide.label }] : []),
      ];
      if (o.key === false) return;
      if (Math.max(items.length, keep) > rows) {
        rows = Math.max(items.length, keep);
        const keyH = rows * row + 8;
        svg.attr('viewBox', `0 0 ${W} ${H + keyH}`);
        plot.attr('transform', `translate(0,${keyH})`);
      }
      chartLegend(legend, items, row);
    },
  };
}
