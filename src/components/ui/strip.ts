// Colour strips for vectors: one square per number, blue below zero and orange above, with the exact value in a tooltip. squares() says what to draw (pure, also used by Strip.astro at build time); strip() and drawStrip() draw it with D3. Colours come from the theme's CSS variables.
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

export interface StripOptions {
  /** How a square is announced, e.g. "h₂". */
  name: string;
  /** The |value| that fills a square with full colour. */
  scale: number;
  /** How entry j is written after the name; default `[j + 1]`. */
  at?(j: number): string;
}

/** One square of a strip: its fill and the words for its exact value. */
export interface Square {
  background: string;
  text: string;
}

/**
 * What a strip draws, one square per number: the same list feeds the static first frame (Strip.astro) and
 * the live view (strip below), so the two cannot colour or name a square differently.
 */
export function squares(values: readonly number[], o: StripOptions): Square[] {
  return values.map((v, j) => ({
    background: swatch(v, o.scale),
    text: `${o.name}${o.at ? o.at(j) : `[${j + 1}]`} = ${num(v, 4)}`,
  }));
}

/** Draws squares into `parent`, replacing what was there; `onHover` receives a square's text, or null when the pointer leaves. */
export function drawStrip(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  marks: readonly Square[],
  onHover?: (text: string | null) => void,
): void {
  parent
    .selectAll('span.vs-sq')
    .data(marks)
    .join('span')
    .attr('class', 'vs-sq')
    .style('background', (d) => d.background)
    .attr('title', (d) => d.text)
    .on('pointerenter', (_, d) => onHover?.(d.text))
    .on('pointerleave', () => onHover?.(null));
}

/** Draws a vector as a row of squares into `parent`, replacing what was there. */
export function strip(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  values: readonly number[],
  o: StripOptions & { onHover?(text: string | null): void },
): void {
  drawStrip(parent, squares(values, o), o.onHover);
}
