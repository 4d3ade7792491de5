// The drawing width of a chart's SVG: on a phone the charts draw 400 units wide instead of 640 and keep
// their height, so they are not squashed and their text (sized in SVG units) stays readable.
import type { Selection } from 'd3-selection';

export const WIDE = 640;
export const NARROW = 400;

/**
 * Measures the enclosing figure when the view is built (the live part itself is still hidden then) and
 * returns the width to draw at; `narrow` charts get the class lc-narrow for their text sizes.
 */
export function chartWidth(parent: Selection<HTMLElement, unknown, null, undefined>): {
  W: number;
  narrow: boolean;
} {
  const node = parent.node();
  const box = (node?.closest('figure') ?? node)?.getBoundingClientRect().width;
  const narrow = box !== undefined && box > 0 && box < 560;
  return { W: narrow ? NARROW : WIDE, narrow };
}
