// The tick row above the n-gram figures' log-scale bars (D3 only): a label at each power of ten, placed at its share of the bar's length. LogAxis.astro draws the same row at build time and holds its styles.
import type { Selection } from 'd3-selection';

export interface AxisTick {
  /** Where the tick stands, 0…1 of the bar's length. */
  at: number;
  label: string;
  /** How far the label moves left of its tick (a CSS translateX), so the end labels stay inside the row. */
  shift: string;
}

/**
 * Appends the row: an empty cell under the bars' names, then the axis. `rowClass` is the figure's own
 * grid, so the axis lines up with that figure's bars.
 */
export function logAxis<P extends HTMLElement>(
  parent: Selection<P, unknown, null, undefined>,
  rowClass: string,
): { set(ticks: readonly AxisTick[]): void } {
  const row = parent.append('div').attr('class', rowClass);
  row.append('span');
  const axis = row.append('div').attr('class', 'log-axis');
  return {
    set(ticks) {
      axis
        .selectAll<HTMLSpanElement, AxisTick>('span')
        .data(ticks)
        .join('span')
        .style('left', (d) => `${d.at * 100}%`)
        .style('transform', (d) => `translateX(${d.shift})`)
        .text((d) => d.label);
    },
  };
}
