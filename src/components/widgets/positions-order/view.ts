// The "order, again" view (D3 only): sentence, shuffle and positions; each word's output row as typed and shuffled; the sinusoidal encoding as a heatmap and the cosine of two positions against their distance.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { chartWidth } from '../../ui/chartWidth.ts';
import { radioGroup, slider, textField } from '../../ui/controls.ts';
import { isolate } from '../../ui/heatmap.ts';
import { sci } from '../../ui/sci.ts';
import { values, verdict } from './format.ts';
import { ENCODING_D, ENCODING_T, MAX_WORDS, type PositionsOrderModel } from './model.ts';
import type { PositionsOrderSchema } from './state.ts';

const H = 220;
const M = { top: 16, right: 16, bottom: 44, left: 48 };

/** A cell's fill: stronger colour for a larger magnitude, one hue for positive and another for negative, in both themes. */
export function cellFill(v: number): string {
  const share = Math.round(Math.min(1, Math.abs(v)) * 100);
  return `color-mix(in srgb, var(${v >= 0 ? '--chart-1' : '--chart-2'}) ${share}%, var(--bg-raised))`;
}

export function positionsOrderView(
  root: HTMLElement,
  _dispatch: Dispatch<PositionsOrderSchema>,
  ctx: ViewContext<PositionsOrderSchema>,
): WidgetView<PositionsOrderSchema, PositionsOrderModel> {
  const r = select(root).classed('positions-order', true);
  const tc = r.append('div').attr('class', 'widget-controls');
  const text = textField(tc, ctx, 'text', { label: 'Sentence', className: 'po-text', name: 'sentence' });
  const c = r.append('div').attr('class', 'widget-controls');
  const shuffle = slider(c, ctx, 'shuffle', { label: 'Shuffle (0: as typed)' });
  const positions = radioGroup(c, ctx, 'positions', {
    label: 'Positions added',
    text: (o) => ({ none: 'none', sinusoidal: 'sinusoidal', learned: 'learned' })[o] ?? o,
    className: 'po-kinds',
  });
  const order = r.append('p').attr('class', 'po-order');
  const readout = r.append('p').attr('class', 'po-verdict').attr('aria-live', 'polite');
  const wrap = r
    .append('div')
    .attr('class', 'po-table-wrap')
    .attr('role', 'region')
    .attr('tabindex', 0)
    .attr('aria-label', 'Each word’s output row, as typed and shuffled');
  const table = wrap.append('table').attr('class', 'po-table');
  const head = table.append('thead').append('tr');
  // the largest change first, beside the word: the column the figure is about stays in view on a phone
  for (const h of ['word', 'position', 'largest change', 'output as typed', 'output shuffled'])
    head.append('th').attr('scope', 'col').text(h);
  const body = table.append('tbody');

  r.append('p')
    .attr('class', 'po-head')
    .text('The sinusoidal encoding: one row per position, one column per dimension.');
  const { W, narrow } = chartWidth(r);
  const cell = Math.floor((W - M.left - M.right) / ENCODING_D);
  const enc = r
    .append('svg')
    .attr('class', 'po-encoding')
    .classed('lc-narrow', narrow)
    .attr('viewBox', `0 0 ${W} ${ENCODING_T * Math.min(cell, 8) + 40}`)
    .attr('role', 'img');
  const rowH = Math.min(cell, 8);
  const encCells = enc.append('g').attr('transform', `translate(${M.left},4)`);
  enc
    .append('text')
    .attr('class', 'lc-label')
    .attr('x', M.left + (cell * ENCODING_D) / 2)
    .attr('y', ENCODING_T * rowH + 30)
    .attr('text-anchor', 'middle')
    .text('dimension i (fast waves left, slow right) →');
  enc
    .append('text')
    .attr('class', 'lc-label')
    .attr('transform', `translate(14,${(ENCODING_T * rowH) / 2 + 4}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text('position t ↓');

  const sim = r
    .append('svg')
    .attr('class', 'acc-chart po-similarity')
    .classed('lc-narrow', narrow)
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img');
  const x = scaleLinear()
    .domain([0, ENCODING_T - 1])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([-1, 1])
    .range([H - M.bottom, M.top]);
  sim
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(axisBottom(x).ticks(narrow ? 4 : 8));
  sim
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(${M.left},0)`)
    .call(axisLeft(y).ticks(5));
  sim
    .append('text')
    .attr('class', 'lc-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 6)
    .attr('text-anchor', 'middle')
    .text('distance k between two positions');
  sim
    .append('text')
    .attr('class', 'lc-label')
    .attr('transform', `translate(12,${(H - M.bottom + M.top) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text('cosine of P[t], P[t+k]');
  const simPath = sim.append('path').attr('class', 'lc-line lc-1');
  let drawnEncoding = false;

  return {
    update(m, s) {
      text.set(s.text);
      shuffle.set(s.shuffle, s.shuffle === 0 ? '0 (as typed)' : String(s.shuffle));
      positions.set(s.positions);
      order.text(
        `As typed: “${isolate(m.words.join(' '))}”. Shuffled: “${isolate(m.shuffled.join(' '))}”.${
          m.truncated > 0
            ? ` Only the first ${MAX_WORDS} words are read; ${m.truncated} more were cut off.`
            : ''
        }`,
      );
      readout.text(verdict(m)).classed('po-moved', m.positions !== 'none');
      const tr = body
        .selectAll('tr')
        .data(m.rows)
        .join((enter) => {
          const row = enter.append('tr');
          for (let i = 0; i < 5; i++) row.append(i === 0 ? 'th' : 'td');
          row.select('th').attr('scope', 'row');
          return row;
        });
      tr.select('th').text((d) => d.word);
      tr.selectAll('td')
        .data((d) => [`${d.from + 1} → ${d.to + 1}`, sci(d.change, 2), values(d.before), values(d.after)])
        .text((v) => v);
      if (!drawnEncoding) {
        drawnEncoding = true;
        encCells
          .selectAll('g')
          .data(m.encoding)
          .join('g')
          .attr('transform', (_, t) => `translate(0,${t * rowH})`)
          .selectAll('rect')
          .data((row) => row)
          .join('rect')
          .attr('x', (_, i) => i * cell)
          .attr('width', cell)
          .attr('height', rowH)
          .style('fill', (v) => cellFill(v));
        enc.attr(
          'aria-label',
          `The sinusoidal encoding of ${ENCODING_T} positions in ${ENCODING_D} dimensions: the first columns alternate quickly from position to position, the last change slowly, so every position gets its own pattern.`,
        );
        simPath.attr(
          'd',
          line<number>()
            .x((_, k) => x(k))
            .y((v) => y(v))(m.similarity),
        );
        sim.attr(
          'aria-label',
          `Cosine of the encodings of two positions k apart, computed: 1 at k = 0, ${m.similarity[1].toFixed(2)} at k = 1, ${m.similarity[8].toFixed(2)} at k = 8, ${m.similarity[ENCODING_T - 1].toFixed(2)} at k = ${ENCODING_T - 1}; the same from every starting position (largest difference ${sci(m.spread, 1)}).`,
        );
      }
    },
  };
}
