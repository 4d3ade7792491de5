// The alignment heatmap (D3 only): rows are output characters (the decoder's queries), columns the input characters (the encoder's keys); each cell's weight on hover or focus.
import type { Selection } from 'd3-selection';

export interface HeatmapData {
  /** Column labels: the input characters (keys). */
  keys: string[];
  /** Row labels: the output characters (queries). */
  queries: string[];
  /** weights[row][col], each row summing to 1. */
  weights: number[][];
  /** Row to emphasise (the step-through), or −1 for none. */
  focusRow: number;
}

const CELL0 = 18;
const LEFT0 = 64;
const TOP0 = 46;

const show = (c: string) => (c === ' ' ? '␣' : c);

/**
 * Wraps text typed by the reader in Unicode isolates (FSI … PDI): an Arabic word or character inside an
 * English sentence otherwise turns the quotes and numbers around it right to left.
 */
export const isolate = (s: string): string => `\u2068${s}\u2069`;

/**
 * The first column worth scrolling to on a narrow screen: the first whose total weight is at least 1.5 times
 * the average column's (on a date, the day's digits rather than "thursday, the"), or 0 when none stands out.
 */
export function firstInformative(weights: readonly (readonly number[])[]): number {
  const n = weights[0]?.length ?? 0;
  if (n === 0) return 0;
  const col = Array.from({ length: n }, (_, c) => weights.reduce((s, row) => s + (row[c] ?? 0), 0));
  const mean = col.reduce((a, b) => a + b, 0) / n;
  const i = col.findIndex((v) => v >= 1.5 * mean);
  return Math.max(i, 0);
}

/** The words for one cell, shared by the tooltip, the readout and the screen reader. */
export function charCellText(d: HeatmapData, r: number, c: number): string {
  return `output ${r + 1} "${d.queries[r]}" looks at input ${c + 1} "${isolate(show(d.keys[c]))}" with weight ${(d.weights[r][c] ?? 0).toFixed(3)}`;
}

export function heatmap(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  o: {
    label: string;
    small?: boolean;
    onRead?(text: string): void;
    /** Geometry and axis words for other matrices (the self-attention preview labels words, not characters). */
    cell?: number;
    left?: number;
    top?: number;
    rotateKeys?: boolean;
    keyAxis?: string;
    queryAxis?: string;
    describe?(d: HeatmapData, r: number, c: number): string;
  },
) {
  const CELL = o.cell ?? CELL0;
  const LEFT = o.left ?? LEFT0;
  const TOP = o.top ?? TOP0;
  const cellText = o.describe ?? charCellText;
  const wrap = parent.append('div').attr('class', o.small ? 'hm-wrap hm-small' : 'hm-wrap');
  const svg = wrap.append('svg').attr('class', 'hm').attr('role', 'img').attr('aria-label', o.label);
  // On a phone a long input is wider than the screen: say so, since the cells on view may be empty.
  const more = o.small
    ? null
    : parent
        .append('p')
        .attr('class', 'widget-note hm-more')
        .attr('hidden', true)
        .text('Wider than the screen: scroll the heatmap sideways, or focus it and use the arrow keys.');
  const cells = svg.append('g');
  const cursor = svg
    .append('rect')
    .attr('class', 'hm-cursor')
    .attr('width', CELL - 1)
    .attr('height', CELL - 1);
  let data: HeatmapData | null = null;
  let at = { r: 0, c: 0 };
  const place = (announce: boolean) => {
    if (!data || data.weights.length === 0) {
      cursor.attr('visibility', 'hidden');
      return;
    }
    at = { r: Math.min(at.r, data.queries.length - 1), c: Math.min(at.c, data.keys.length - 1) };
    cursor
      .attr('visibility', announce ? 'visible' : 'hidden')
      .attr('x', LEFT + at.c * CELL)
      .attr('y', TOP + at.r * CELL);
    if (announce) {
      o.onRead?.(cellText(data, at.r, at.c));
      // keep the focused cell on view inside the sideways-scrolling box
      const box = wrap.node();
      const x = LEFT + at.c * CELL;
      if (box && box.clientWidth > 0) {
        if (x + CELL > box.scrollLeft + box.clientWidth) box.scrollLeft = x + CELL - box.clientWidth;
        else if (x < box.scrollLeft + LEFT) box.scrollLeft = Math.max(0, x - LEFT);
      }
    }
  };
  if (!o.small) {
    // one tab stop; arrow keys move between cells (a 50 × 11 grid of tab stops would trap the reader)
    svg
      .attr('tabindex', 0)
      .attr('aria-roledescription', 'heatmap: arrow keys move between cells')
      .on('focus', () => place(true))
      .on('blur', () => cursor.attr('visibility', 'hidden'))
      .on('keydown', (e: KeyboardEvent) => {
        if (!data) return;
        const moves: Record<string, [number, number]> = {
          ArrowUp: [-1, 0],
          ArrowDown: [1, 0],
          ArrowLeft: [0, -1],
          ArrowRight: [0, 1],
        };
        const mv = moves[e.key];
        if (!mv) return;
        e.preventDefault();
        at = {
          r: Math.max(0, Math.min(data.queries.length - 1, at.r + mv[0])),
          c: Math.max(0, Math.min(data.keys.length - 1, at.c + mv[1])),
        };
        place(true);
      });
  }
  const xl = svg.append('g').attr('class', 'hm-keys');
  // The row labels stay in view when the cells scroll sideways (a phone shows a few columns at a time):
  // their group moves by the scroll offset, over a background strip that hides the cells passing under it.
  const yl = svg.append('g').attr('class', 'hm-queries');
  const ylBg = yl.append('rect').attr('class', 'hm-label-bg').attr('x', 0).attr('y', 0);
  const ylText = yl.append('g');
  const axis = svg.append('g');
  const axisRows = yl.append('g');
  wrap.on('scroll', () => yl.attr('transform', `translate(${wrap.node()?.scrollLeft ?? 0},0)`));
  let shownKeys = '';
  return {
    update(d: HeatmapData) {
      const n = d.keys.length;
      const m = d.queries.length;
      const w = LEFT + n * CELL + 8;
      const h = TOP + m * CELL + 8;
      svg
        .attr('viewBox', `0 0 ${w} ${h}`)
        .attr('width', o.small ? null : w)
        .attr('height', o.small ? null : h);
      const shown = wrap.node()?.clientWidth ?? 0;
      more?.attr('hidden', shown > 0 && w > shown ? null : true);
      axis.selectAll('*').remove();
      axisRows.selectAll('*').remove();
      ylBg.attr('width', o.small ? 0 : LEFT - 2).attr('height', h);
      if (!o.small) {
        axis
          .append('text')
          .attr('class', 'hm-axis')
          .attr('x', LEFT)
          .attr('y', 12)
          .text(o.keyAxis ?? 'keys: input characters (encoder states) →');
        axisRows
          .append('text')
          .attr('class', 'hm-axis')
          .attr('transform', `translate(12,${TOP}) rotate(90)`)
          .text(o.queryAxis ?? 'queries: output ↓');
      }
      xl.selectAll('text')
        .data(d.keys)
        .join('text')
        .attr('x', (_, i) => LEFT + i * CELL + CELL / 2)
        .attr('y', TOP - 6)
        .attr('text-anchor', o.rotateKeys ? 'start' : 'middle')
        .attr('transform', (_, i) =>
          o.rotateKeys ? `rotate(-50 ${LEFT + i * CELL + CELL / 2} ${TOP - 6})` : null,
        )
        .text(show);
      ylText
        .selectAll('text')
        .data(d.queries)
        .join('text')
        .attr('class', (_, i) => (i === d.focusRow ? 'hm-on' : null))
        .attr('x', LEFT - 6)
        .attr('y', (_, i) => TOP + i * CELL + CELL / 2 + 4)
        .attr('text-anchor', 'end')
        .text((q) => q);
      const flat = d.weights.flatMap((row, r) => row.map((v, c) => ({ r, c, v })));
      cells
        .selectAll<SVGRectElement, { r: number; c: number; v: number }>('rect')
        .data(flat)
        .join('rect')
        .attr('x', (e) => LEFT + e.c * CELL)
        .attr('y', (e) => TOP + e.r * CELL)
        .attr('width', CELL - 1)
        .attr('height', CELL - 1)
        .attr('class', (e) => (d.focusRow >= 0 && e.r !== d.focusRow ? 'hm-cell hm-dim' : 'hm-cell'))
        .style(
          'fill',
          (e) =>
            `color-mix(in srgb, var(--chart-1) ${Math.round(Math.min(1, e.v) * 100)}%, var(--bg-raised))`,
        )
        .on('pointerenter', (_, e) => {
          at = { r: e.r, c: e.c };
          place(true);
        })
        .selectAll('title')
        .data((e) => [cellText(d, e.r, e.c)])
        .join('title')
        .text((t) => t);
      data = d;
      place(svg.node() === document.activeElement);
      // a new text: scroll to where its weight is, once (later redraws keep the reader's own scrolling)
      const box = wrap.node();
      const keysNow = d.keys.join('');
      if (!o.small && box && box.clientWidth > 0 && keysNow !== shownKeys) {
        box.scrollLeft = w > box.clientWidth ? firstInformative(d.weights) * CELL : 0;
        yl.attr('transform', `translate(${box.scrollLeft},0)`);
        shownKeys = keysNow;
      }
    },
  };
}
