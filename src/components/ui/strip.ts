// Colour strips for vectors (D3 only): one square per number, blue below zero and orange above, with the exact value in a tooltip. Colours come from the theme's CSS variables.
import type { Selection } from 'd3-selection';

/** Subscript digits, so h_12 reads h₁₂. */
export function sub(n: number): string {
  return [...String(n)].map((c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)] ?? c).join('');
}

/** A signed number with a real minus sign, fixed digits. */
export function num(v: number, digits = 2): string {
  const s = Math.abs(v).toFixed(digits);
  return Number(s) === 0 ? s : v < 0 ? `−${s}` : s;
}

/** "[0.12, −0.40, …]" */
export function vec(v: readonly number[], digits = 2): string {
  return `[${v.map((x) => num(x, digits)).join(', ')}]`;
}

/** The fill of one square: a share of the chart colour mixed into the background. */
export function swatch(v: number, scale: number): string {
  const p = Math.min(100, Math.round((Math.abs(v) / (scale || 1)) * 100));
  return `color-mix(in srgb, var(${v < 0 ? '--chart-1' : '--chart-2'}) ${p}%, var(--bg-raised))`;
}

/**
 * Draws a vector as a row of squares into `parent`, replacing what was there. `name` is how a square is
 * announced (e.g. "h₂"); `onHover` receives the text for a square, or null when the pointer leaves.
 */
export function strip(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  values: readonly number[],
  o: {
    name: string;
    scale: number;
    /** How entry j is written after the name; default `[j + 1]`. */
    at?(j: number): string;
    onHover?(text: string | null): void;
  },
): void {
  parent
    .selectAll('span.vs-sq')
    .data(values.map((v, j) => ({ v, text: `${o.name}${o.at ? o.at(j) : `[${j + 1}]`} = ${num(v, 4)}` })))
    .join('span')
    .attr('class', 'vs-sq')
    .style('background', (d) => swatch(d.v, o.scale))
    .attr('title', (d) => d.text)
    .on('pointerenter', (_, d) => o.onHover?.(d.text))
    .on('pointerleave', () => o.onHover?.(null));
}
