// The gate inspector's colour key (D3 only): a ramp from blue (negative) through the background (0) to orange
// (positive), labelled with the computed ends of the scale the squares use, and the extremes actually shown.
import type { Selection } from 'd3-selection';
import { num } from '../../ui/strip.ts';

/** The smallest and largest of a set of values (0 and 0 for none). */
export function extremes(values: readonly number[]): { min: number; max: number } {
  return values.length === 0 ? { min: 0, max: 0 } : { min: Math.min(...values), max: Math.max(...values) };
}

/** Words for one key: where the ramp ends and what is shown. */
export function legendText(name: string, scale: number, shown: { min: number; max: number }): string {
  return `${name}: blue ${num(-scale, 2)}, background 0, orange ${num(scale, 2)}; shown here from ${num(shown.min, 2)} to ${num(shown.max, 2)}.`;
}

export function colourLegend(parent: Selection<HTMLElement, unknown, null, undefined>) {
  const key = parent.append('div').attr('class', 'gi-legend');
  const lo = key.append('span').attr('class', 'gi-legend-end');
  key.append('span').attr('class', 'gi-ramp').attr('aria-hidden', 'true');
  const hi = key.append('span').attr('class', 'gi-legend-end');
  const words = key.append('span').attr('class', 'gi-legend-words');
  return {
    set(name: string, scale: number, shown: { min: number; max: number }) {
      lo.text(num(-scale, 2));
      hi.text(num(scale, 2));
      words.text(legendText(name, scale, shown));
    },
  };
}
