// The unroller view (D3 only): the sentence, step buttons, the unrolled graph as it grows (x_t and h_t as colour strips), and the recurrence with the selected step's numbers.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { SENTENCE_PRESETS, sentenceInput } from '../../ui/sentenceInput.ts';
import { drawStrip } from '../../ui/strip.ts';
import { stepper } from '../../ui/stepper.ts';
import type { UnrollerModel } from './model.ts';
import type { UnrollerSchema } from './state.ts';
import { type UnrollerCell, unrollerLayout } from './unrollerLayout.ts';

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
      const layout = unrollerLayout(m);
      message.attr('hidden', layout.message === null ? true : null).text(layout.message ?? '');

      const li = graph
        .selectAll<HTMLLIElement, UnrollerCell>('li')
        .data(layout.cells)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'ur-word');
          e.append('span').attr('class', 'ur-row ur-x');
          e.append('span').attr('class', 'ur-row ur-h');
          return e;
        })
        .attr('class', (d) => d.className)
        .attr('tabindex', (d) => (d.read ? 0 : null))
        .attr('aria-label', (d) => d.description)
        .on('focus', function () {
          show(this.getAttribute('aria-label'));
        })
        .on('blur', () => show(null));
      li.select('.ur-word').text((d) => d.word);
      li.each(function (d) {
        const cell = select<HTMLLIElement, unknown>(this as HTMLLIElement);
        const xr = cell.select<HTMLElement>('.ur-x').attr('data-label', d.xLabel);
        const hr = cell.select<HTMLElement>('.ur-h').attr('data-label', d.hLabel);
        drawStrip(xr, d.x, show);
        drawStrip(hr, d.h, show);
      });

      eqHead.text(layout.equation);
      const t = layout.table;
      tableWrap.attr('hidden', t === null ? true : null);
      if (t === null) return;
      caption.text(t.caption);
      head
        .selectAll('th')
        .data(t.columns)
        .join('th')
        .attr('scope', 'col')
        .text((d) => d);
      body
        .selectAll('tr')
        .data(t.rows)
        .join((enter) => {
          const tr = enter.append('tr');
          tr.append('th').attr('scope', 'row');
          return tr;
        })
        .call((tr) => tr.select('th').text((d) => d.unit))
        .selectAll('td')
        .data((d) => d.values)
        .join('td')
        .text((v) => v);
    },
  };
}
