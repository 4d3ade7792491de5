// The context explorer's view (D3 only): a context field, example contexts, and one row per order n with the
// likeliest next words, P(w | context) and the counts behind it; the order back-off answers from is marked.
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import { type ExplorerBar, type ExplorerModel, type ExplorerRow, gramName, ROLE_LABEL } from './model.ts';
import { EXAMPLES, type ExplorerSchema, explorerSchema } from './state.ts';

export function explorerView(
  root: HTMLElement,
  dispatch: Dispatch<ExplorerSchema>,
): WidgetView<ExplorerSchema, ExplorerModel> {
  const r = select(root).classed('ngram-explorer', true);
  const controls = r.append('div').attr('class', 'widget-controls');
  const id = `${root.closest('figure')?.id ?? 'nx'}-text`;
  const field = controls.append('label').attr('for', id).attr('class', 'nx-field');
  field.append('span').text('Context');
  const input = controls
    .append('input')
    .attr('id', id)
    .attr('data-state-key', 'text')
    .attr('type', 'text')
    .attr('spellcheck', 'false')
    .attr('autocomplete', 'off')
    .attr('class', 'nx-input')
    .on('input', (event: Event) => {
      // Links keep the last 200 characters; only the last four words are used anyway.
      dispatch({ text: (event.target as HTMLInputElement).value.slice(-explorerSchema.text.maxLength) });
    });
  const topLabel = controls.append('label');
  topLabel.append('span').text('Words per order');
  const top = topLabel
    .append('input')
    .attr('type', 'range')
    .attr('data-state-key', 'top')
    .attr('min', explorerSchema.top.min)
    .attr('max', explorerSchema.top.max)
    .attr('step', 1)
    .on('input', (event: Event) => dispatch({ top: Number((event.target as HTMLInputElement).value) }));
  const topValue = topLabel.append('output');

  const examples = r.append('div').attr('class', 'nx-examples');
  examples.append('span').attr('class', 'widget-note').text('Try: ');
  examples
    .selectAll('button')
    .data(EXAMPLES)
    .join('button')
    .attr('type', 'button')
    .attr('data-state-key', 'text')
    .text((d) => `"${d}"`)
    .on('click', (_e, d) => dispatch({ text: d }));

  const summary = r.append('p').attr('class', 'nx-summary').attr('aria-live', 'polite');
  const rows = r.append('div').attr('class', 'nx-rows');

  return {
    update(model, state) {
      const el = input.node()!;
      if (document.activeElement !== el) el.value = state.text;
      top.property('value', state.top);
      topValue.text(state.top);
      summary.text(model.summary);
      rows
        .selectAll<HTMLDivElement, ExplorerRow>('div.nx-row')
        .data(model.rows, (d) => String(d.n))
        .join((enter) => {
          const row = enter.append('div');
          const head = row.append('p').attr('class', 'nx-head');
          head.append('strong').attr('class', 'nx-order');
          head.append('span').attr('class', 'nx-role');
          head.append('span').attr('class', 'nx-context');
          row.append('div').attr('class', 'nx-bars');
          row.append('p').attr('class', 'nx-note widget-note');
          return row;
        })
        .attr('class', (d) => `nx-row nx-${d.role}`)
        .attr('data-n', (d) => d.n)
        .each(function (d) {
          const row = select(this);
          row.select('.nx-order').text(gramName(d.n));
          row.select('.nx-role').text(ROLE_LABEL[d.role]);
          row.select('.nx-context').text(d.head);
          const bars = row.select('.nx-bars');
          bars
            .selectAll<HTMLParagraphElement, string>('p.widget-message')
            .data(d.message ? [d.message] : [])
            .join('p')
            .attr('class', 'widget-message')
            .text((m) => m);
          const bar = bars
            .selectAll<HTMLDivElement, ExplorerBar>('div.nx-bar')
            .data(d.bars, (w) => w.word)
            .join((enter) => {
              const b = enter.append('div').attr('class', 'nx-bar');
              b.append('span').attr('class', 'nx-word');
              b.append('span').attr('class', 'nx-track').append('span').attr('class', 'nx-fill');
              b.append('span').attr('class', 'nx-p');
              return b;
            });
          bar.order();
          bar.select('.nx-word').text((w) => w.word);
          bar.select('.nx-fill').style('width', (w) => `${Math.max(0.5, w.p * 100)}%`);
          bar.select('.nx-p').text((w) => w.label);
          row
            .select('.nx-note')
            .text(d.note ?? '')
            .attr('hidden', d.note ? null : '');
        });
    },
  };
}
