// The key of a line chart (D3 only): one row per line, a short stroke in the line's class and its name.
// Shared by lossChart.ts and accuracyChart.ts; their styles are in LossChartStyles.astro.
import type { Selection } from 'd3-selection';

export interface LegendItem {
  /** The line's class, which gives the stroke its colour and dash. */
  cls: string;
  name: string;
}

/** Draws `items` into `g`, one row every `rowHeight` units, replacing what was there. */
export function chartLegend(
  g: Selection<SVGGElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  rowHeight: number,
): void {
  const item = g
    .selectAll<SVGGElement, LegendItem>('g')
    .data(items)
    .join((enter) => {
      const row = enter.append('g');
      row.append('line').attr('x1', 0).attr('x2', 22);
      row.append('text').attr('class', 'lc-text').attr('x', 28).attr('y', 4);
      return row;
    })
    .attr('transform', (_, i) => `translate(0,${i * rowHeight})`);
  item.select('line').attr('class', (d) => `lc-line ${d.cls}`);
  item.select('text').text((d) => d.name);
}
