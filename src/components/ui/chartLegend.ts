// The key of a line chart (D3 only): an HTML list above the plot, one item per line, a short stroke in the
// line's class and its name. Above the plot, not inside it, so it never covers a curve, and as HTML it wraps
// at phone widths; the recorded first frame (RecordedChart.astro) draws the same list. Shared by lossChart.ts
// and accuracyChart.ts; its styles are in LossChartStyles.astro.
import { type Selection, select } from 'd3-selection';

export interface LegendItem {
  /** The line's class, which gives the stroke its colour and dash. */
  cls: string;
  name: string;
}

/**
 * The list the key is drawn into, placed just before the chart's SVG. Hidden from screen readers, as the key
 * inside the SVG was: the chart's own label says what each line is.
 */
export function legendList(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
): Selection<HTMLUListElement, unknown, null, undefined> {
  const ul = document.createElement('ul');
  svg.node()?.before(ul);
  return select(ul).attr('class', 'lc-legend').attr('aria-hidden', 'true');
}

/**
 * Draws `items` into `ul`, keyed by class, touching the DOM only where an item changed: a chart redraws
 * several times a second while a run trains, and even the same text set again costs the page a layout.
 */
export function chartLegend(
  ul: Selection<HTMLUListElement, unknown, null, undefined>,
  items: readonly LegendItem[],
): void {
  ul.selectAll<HTMLLIElement, LegendItem>('li')
    .data(items, (d) => d.cls)
    .join((enter) => {
      const li = enter.append('li');
      li.append('svg')
        .attr('width', 22)
        .attr('height', 8)
        .attr('viewBox', '0 0 22 8')
        .append('line')
        .attr('x1', 0)
        .attr('x2', 22)
        .attr('y1', 4)
        .attr('y2', 4);
      li.append('span');
      return li;
    })
    .each(function (d) {
      const line = this.querySelector('line');
      const cls = d.cls === 'lc-guide' ? 'lc-guide' : `lc-line ${d.cls}`;
      if (line && line.getAttribute('class') !== cls) line.setAttribute('class', cls);
      const span = this.querySelector('span');
      if (span && span.textContent !== d.name) span.textContent = d.name;
    });
}
