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
  if (!o.small) {
    svg
      .append('text')
      .attr('class', 'hm-axis')
      .attr('x', LEFT)
      .attr('y', 12)
      .text(o.keyAxis ?? 'keys: input characters (encoder states) →');
    yl.append('text')
      .attr('class', 'hm-axis')
      .attr('transform', `translate(12,${TOP}) rotate(90)`)
      .text(o.queryAxis ?? 'queries: output ↓');
  }
  wrap.on('scroll', () => yl.attr('transform', `translate(${wrap.node()?.scrollLeft ?? 0},0)`));
  // One listener for all cells (a thousand listeners cost each redraw as much as the cells themselves), and
  // one tooltip: the <title> moves into the cell under the pointer and says its weight then, instead of a
  // thousand titles rewritten at every redraw of a training run.
  const cellAt = new Map<Element, { r: number; c: number }>();
  const NS = 'http://www.w3.org/2000/svg';
  const tip = document.createElementNS(NS, 'title');
  const retitle = () => {
    const hit = tip.parentElement ? cellAt.get(tip.parentElement) : undefined;
    if (hit && data) tip.textContent = cellText(data, hit.r, hit.c);
  };
  cells.on('pointerover', (e: PointerEvent) => {
    const hit = e.target instanceof Element ? cellAt.get(e.target) : undefined;
    if (!hit || !(e.target instanceof Element)) return;
    e.target.append(tip);
    at = { ...hit };
    retitle();
    place(true);
  });
  /** The cells, row by row, with the fill percentage and class last written. */
  let grid: { rect: SVGRectElement; pct: number; cls: string }[] = [];
  let cols = 0;
  // New weights are swept in over a few frames, CHUNK cells each: a thousand cells created or recoloured
  // in one frame cost 120–250 ms of style, layout and paint on a two-core laptop while a run trains, a
  // main-thread task the reader feels; a chunk stays well under 50 ms and the sweep ends within ~0.15 s.
  const CHUNK = 128;
  let next = 0;
  let frame = 0;
  const sweep = () => {
    frame = 0;
    const d = data;
    if (!d) return;
    const wm = d.weights.length;
    const total = wm * cols;
    const end = Math.min(total, next + CHUNK);
    const g = cells.node();
    for (let i = next; i < end; i++) {
      const r = Math.floor(i / cols);
      const c = i % cols;
      let cell = grid[i];
      if (!cell) {
        const rect = document.createElementNS(NS, 'rect');
        rect.setAttribute('x', String(LEFT + c * CELL));
        rect.setAttribute('y', String(TOP + r * CELL));
        rect.setAttribute('width', String(CELL - 1));
        rect.setAttribute('height', String(CELL - 1));
        g?.append(rect);
        cellAt.set(rect, { r, c });
        cell = { rect, pct: -1, cls: '' };
        grid[i] = cell;
      }
      // only what changed is written: an unchanged colour set again still costs style and paint
      const pct = Math.round(Math.min(1, d.weights[r]?.[c] ?? 0) * 100);
      if (pct !== cell.pct) {
        cell.rect.style.fill = `color-mix(in srgb, var(--chart-1) ${pct}%, var(--bg-raised))`;
        cell.pct = pct;
      }
      const cls = d.focusRow >= 0 && r !== d.focusRow ? 'hm-cell hm-dim' : 'hm-cell';
      if (cls !== cell.cls) {
        cell.rect.setAttribute('class', cls);
        cell.cls = cls;
      }
    }
    next = end;
    if (next < total && !frame) frame = requestAnimationFrame(sweep);
  };
  let shape = '';
  let shownKeys = '';
  let drawnKeys = '';
  let drawnQueries = '';
  let w = 0;
  // The scrolling box's width, kept by a ResizeObserver: reading clientWidth inside a redraw, after its
  // writes, forced a synchronous layout of the page in every redraw. Unknown (0) until the observer reports.
  const box = wrap.node();
  const observed = box !== null && typeof ResizeObserver !== 'undefined';
  let boxWidth = 0;
  const fitBox = () => {
    if (!observed) boxWidth = box?.clientWidth ?? 0;
    more?.attr('hidden', boxWidth > 0 && w > boxWidth ? null : true);
    // a new text: scroll to where its weight is, once (later redraws keep the reader's own scrolling); a
    // map that fits needs no scrolling, and writing scrollLeft would force a layout
    const keysNow = data?.keys.join('') ?? '';
    if (o.small || !data || !box || boxWidth <= 0 || keysNow === shownKeys) return;
    shownKeys = keysNow;
    if (w <= boxWidth) {
      yl.attr('transform', 'translate(0,0)');
      return;
    }
    box.scrollLeft = firstInformative(data.weights) * CELL;
    yl.attr('transform', `translate(${box.scrollLeft},0)`);
  };
  if (observed)
    new ResizeObserver(() => {
      boxWidth = box.clientWidth;
      fitBox();
    }).observe(box);
  return {
    /**
     * Draws `d`. A new shape or new labels rebuild the cells; new weights only rewrite the fills and titles
     * that changed, so a run that redraws its map every few steps costs a few milliseconds, not a long task.
     */
    update(d: HeatmapData) {
      const n = d.keys.length;
      const m = d.queries.length;
      w = LEFT + n * CELL + 8;
      const h = TOP + m * CELL + 8;
      // the cells follow the weights (rectangular: each row as long as the first), the size the labels
      const wm = d.weights.length;
      const wn = d.weights[0]?.length ?? 0;
      if (`${n}x${m}/${wn}x${wm}` !== shape) {
        shape = `${n}x${m}/${wn}x${wm}`;
        svg
          .attr('viewBox', `0 0 ${w} ${h}`)
          .attr('width', o.small ? null : w)
          .attr('height', o.small ? null : h);
        ylBg.attr('width', o.small ? 0 : LEFT - 2).attr('height', h);
        cells.node()?.replaceChildren();
        cellAt.clear();
        grid = [];
        cols = wn;
      }
      const keysNow = d.keys.join('\u0000');
      if (keysNow !== drawnKeys) {
        drawnKeys = keysNow;
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
      }
      const queriesNow = `${d.focusRow}\u0000${d.queries.join('\u0000')}`;
      if (queriesNow !== drawnQueries) {
        drawnQueries = queriesNow;
        ylText
          .selectAll('text')
          .data(d.queries)
          .join('text')
          .attr('class', (_, i) => (i === d.focusRow ? 'hm-on' : null))
          .attr('x', LEFT - 6)
          .attr('y', (_, i) => TOP + i * CELL + CELL / 2 + 4)
          .attr('text-anchor', 'end')
          .text((q) => q);
      }
      data = d;
      next = 0;
      sweep();
      retitle();
      place(svg.node() === document.activeElement);
      fitBox();
    },
  };
}
