// The key of a line chart (D3 only): one row per line, a short stroke in the line's class and its name.
// Shared by lossChart.ts and accuracyChart.ts, which both place it above their plot area, so it never covers
// a line; their styles are in LossChartStyles.astro.
import type { Selection } from 'd3-selection';

export interface LegendItem {
  /** The line's class, which gives the stroke its colour and dash. */
  cls: string;
  name: string;
}

/**
 * Draws `items` into `g`, one row every `rowHeight` units, keyed by class and touching the DOM only where
 * a row changed: a chart redraws several times a second while a run trains, and even the same text set
 * again costs the page a layout.
 */
export function chartLegend(
  g: Selection<SVGGElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  rowHeight: number,
): void {
  g.selectAll<SVGGElement, LegendItem>('g')
    .data(items, (d) => d.cls)
    .join((enter) => {
      const row = enter.append('g');
      row.append('line').attr('x1', 0).attr('x2', 22);
      row.append('text').attr('class', 'lc-text').attr('x', 28).attr('y', 4);
      return row;
    })
    .each(function (d, i) {
      const at = `translate(0,${i * rowHeight})`;
      if (this.getAttribute('transform') !== at) this.setAttribute('transform', at);
      const line = this.querySelector('line');
      const cls = `lc-line ${d.cls}`;
      if (line && line.getAttribute('class') !== cls) line.setAttribute('class', cls);
      const text = this.querySelector('text');
      if (text && text.textContent !== d.name) text.textContent = d.name;
    });
}
