// The unroller view (D3 only): the sentence, step buttons, the unrolled graph as it grows (x_t and h_t as colour strips), and the recurrence with the selected step's numbers.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { SENTENCE_PRESETS, sentenceInput } from '../../ui/sentenceInput.ts';
import { num, strip, sub, vec } from '../../ui/strip.ts';
import { H, MAX_T } from '../../models/tinyRnn.ts';
import { stepper } from '../../ui/stepper.ts';
import { type TermsTable, termsTable, type UnrollerModel } from './model.ts';
import type { UnrollerSchema } from './state.ts';

const HINT = 'Point at a square, or Tab to a cell, to read its exact values.';

export function unrollerView(
  root: HTMLElement,
  _dispatch: Dispatch<UnrollerSchema>,
  ctx: ViewContext<UnrollerSchema>,
): WidgetView<UnrollerSchema, UnrollerModel> {
  const r = select(root).classed('unroller', true);
  const c1 = r.append('div').attr('class', 'widget-controls');
  const sentence = sentenceInput(c1, ctx, 'sentence', { presets: SENTENCE_PRESETS });
  const step = stepper(r.append('div').attr('class', 'widget-controls'), ctx, 'step', {
    label: 'Words read',
    buttons: [
      { name: 'back', text: '◀ Step back', by: -1 },
      { name: 'forward', text: 'Read the next word ▶', by: 1 },
    ],
  });
  const message = r.append('p').attr('class', 'widget-message').attr('hidden', true);
  const graph = r.append('ol').attr('class', 'ur-graph').attr('aria-label', 'The unrolled network');
  const hover = r.append('p').attr('class', 'ur-hover').attr('aria-live', 'polite').text(HINT);
  const eq = r.append('div').attr('class', 'ur-eq');
  const eqHead = eq.append('p').attr('class', 'ur-eq-head');
  const tableWrap = eq
    .append('div')
    .attr('class', 'ur-table-wrap')
    .attr('tabindex', 0)
    .attr('role', 'region')
    .attr('aria-label', 'The numbers of the latest step');
  const table = tableWrap.append('table').attr('class', 'ur-table');
  const caption = table.append('caption');
  const head = table.append('thead').append('tr');
  const body = table.append('tbody');
  const show = (text: string | null) => hover.text(text ?? HINT);

  return {
    update(m, s) {
      const T = m.words.length;
      sentence.set(s.sentence);
      step.set(s.step, m.t, T);
      message
        .attr('hidden', T === 0 || m.truncated ? null : true)
        .text(
          T === 0
            ? 'Type a sentence with at least one word.'
            : `Only the first ${MAX_T} words are read, to keep every number on screen.`,
        );

      const cells = [
        { key: 'h0', t: 0, word: 'start', x: null as number[] | null, h: new Array(H).fill(0) as number[] },
        ...m.words.map((word, i) => ({
          key: `w${i}`,
          t: i + 1,
          word,
          x: i < m.t ? m.steps[i].x : null,
          h: i < m.t ? m.steps[i].h : null,
        })),
      ];
      const li = graph
        .selectAll<HTMLLIElement, (typeof cells)[number]>('li')
        .data(cells)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'ur-word');
          e.append('span').attr('class', 'ur-row ur-x');
          e.append('span').attr('class', 'ur-row ur-h');
          return e;
        })
        .attr('class', (d) =>
          `ur-cell${d.t > m.t ? ' ur-unread' : ''}${d.t === m.t && d.t > 0 ? ' ur-selected' : ''}`.trim(),
        )
        .attr('tabindex', (d) => (d.t <= m.t ? 0 : null))
        .attr('aria-label', (d) =>
          d.t === 0
            ? `h${sub(0)} = ${vec(d.h as number[], 4)}: the state before any word`
            : d.h === null
              ? `“${d.word}”, not read yet`
              : `Step ${d.t}, “${d.word}”: x${sub(d.t)} = ${vec(d.x as number[], 4)}, h${sub(d.t)} = ${vec(d.h, 4)}`,
        )
        .on('focus', function () {
          show(this.getAttribute('aria-label'));
        })
        .on('blur', () => show(null));
      li.select('.ur-word').text((d) => (d.t === 0 ? 'h₀ = 0' : `${d.t}. ${d.word}`));
      li.each(function (d) {
        const cell = select<HTMLLIElement, unknown>(this as HTMLLIElement);
        const xr = cell.select<HTMLElement>('.ur-x');
        const hr = cell.select<HTMLElement>('.ur-h');
        xr.attr('data-label', d.x ? `x${sub(d.t)}` : null);
        hr.attr('data-label', d.h ? `h${sub(d.t)}` : null);
        strip(xr, d.x ?? [], { name: `x${sub(d.t)}`, scale: m.xScale, onHover: show });
        strip(hr, d.h ?? [], { name: `h${sub(d.t)}`, scale: 1, onHover: show });
      });

      if (m.t === 0) {
        eqHead.text(
          T === 0
            ? ''
            : `No word read yet: h₀ = 0. Press “Read the next word” to compute h₁ from h₀ and “${m.words[0]}”.`,
        );
        tableWrap.attr('hidden', true);
        return;
      }
      tableWrap.attr('hidden', null);
      const cur = m.steps[m.t - 1];
      const k = sub(m.t);
      const p = sub(m.t - 1);
      eqHead.text(`Step ${m.t}, “${cur.word}”: h${k} = tanh(W_hh h${p} + W_xh x${k} + b_h)`);
      caption.text(
        `The terms of step ${m.t}, one row per hidden unit, added left to right (h${p} = ${vec(m.prevH)})`,
      );
      const tt = termsTable(m) as TermsTable;
      head
        .selectAll('th')
        .data(['unit j', ...tt.columns])
        .join('th')
        .attr('scope', 'col')
        .text((d) => d);
      body
        .selectAll('tr')
        .data(tt.rows)
        .join((enter) => {
          const tr = enter.append('tr');
          tr.append('th').attr('scope', 'row');
          return tr;
        })
        .call((tr) => tr.select('th').text((d) => d.unit))
        .selectAll('td')
        .data((d) => d.values)
        .join('td')
        .text((v) => num(v));
    },
  };
}
