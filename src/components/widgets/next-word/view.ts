// The next-word figure's view (D3 only): a text field, example contexts, and one row of bars per context
// window k. It draws what the model computed and dispatches the reader's edits; it never counts.
import { format } from 'd3-format';
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import { displayWord, type NextWordModel, type NextWordRow } from './model.ts';
import { EXAMPLES, type NextWordSchema, nextWordSchema } from './state.ts';

const pct = format('.1%');
const int = format(',d');

export function nextWordView(
  root: HTMLElement,
  dispatch: Dispatch<NextWordSchema>,
): WidgetView<NextWordSchema, NextWordModel> {
  const r = select(root).classed('next-word', true);
  const controls = r.append('div').attr('class', 'widget-controls');
  const id = `${root.closest('figure')?.id ?? 'nw'}-text`;
  const field = controls.append('label').attr('for', id);
  field.append('span').text('Text so far');
  const input = controls
    .append('input')
    .attr('id', id)
    .attr('type', 'text')
    .attr('spellcheck', 'false')
    .attr('autocomplete', 'off')
    .attr('class', 'nw-input')
    .attr('data-state-key', 'text')
    .on('input', (event: Event) => {
      // Links keep the last 200 characters; only the last few words are used anyway.
      dispatch({ text: (event.target as HTMLInputElement).value.slice(-nextWordSchema.text.maxLength) });
    });
  const topLabel = controls.append('label');
  topLabel.append('span').text('Candidates');
  const top = topLabel
    .append('input')
    .attr('type', 'range')
    .attr('data-state-key', 'top')
    .attr('min', nextWordSchema.top.min)
    .attr('max', nextWordSchema.top.max)
    .attr('step', 1)
    .on('input', (event: Event) => dispatch({ top: Number((event.target as HTMLInputElement).value) }));
  const topValue = topLabel.append('output');

  const examples = r.append('div').attr('class', 'nw-examples');
  examples.append('span').attr('class', 'widget-note').text('Try: ');
  examples
    .selectAll('button')
    .data(EXAMPLES)
    .join('button')
    .attr('type', 'button')
    .text((d) => `"${d}"`)
    .on('click', (_e, d) => dispatch({ text: d }));

  const used = r.append('p').attr('class', 'widget-note nw-used').attr('aria-live', 'polite');
  const rows = r.append('div').attr('class', 'nw-rows');

  return {
    update(model, state) {
      const el = input.node()!;
      if (document.activeElement !== el) el.value = state.text;
      top.property('value', state.top);
      topValue.text(state.top);
      used.text(
        model.tail.length === 0
          ? 'No words typed: only the k = 0 row can answer.'
          : `Words the rows can use: ${model.tail.map((w) => `"${w}"`).join(' ')}`,
      );
      rows
        .selectAll<HTMLDivElement, NextWordRow>('div.nw-row')
        .data(model.rows, (d) => String(d.k))
        .join((enter) => {
          const row = enter.append('div').attr('class', 'nw-row');
          row.append('p').attr('class', 'nw-head');
          row.append('div').attr('class', 'nw-bars');
          return row;
        })
        .each(function (d) {
          const row = select(this);
          const r = d.report;
          const head = row.select('.nw-head');
          head.html('');
          head.append('strong').text(`k = ${d.k}`);
          head
            .append('span')
            .text(
              d.k === 0
                ? ' · no context: how common each word is overall'
                : ` · context "${r.context.join(' ')}"${r.status === 'seen' ? ` · seen ${int(r.contextCount)} times, followed by ${int(r.distinct)} different words` : ''}`,
            );
          const bars = row.select('.nw-bars');
          const items = d.message ? [] : r.next;
          bars
            .selectAll<HTMLDivElement, string>('p.widget-message')
            .data(d.message ? [d.message] : [])
            .join('p')
            .attr('class', 'widget-message')
            .text((m) => m);
          const bar = bars
            .selectAll<HTMLDivElement, (typeof items)[number]>('div.nw-bar')
            .data(items, (w) => w.word)
            .join((enter) => {
              const b = enter.append('div').attr('class', 'nw-bar');
              b.append('span').attr('class', 'nw-word');
              b.append('span').attr('class', 'nw-track').append('span').attr('class', 'nw-fill');
              b.append('span').attr('class', 'nw-p');
              return b;
            });
          bar.order();
          bar.select('.nw-word').text((w) => displayWord(w.word));
          bar.select('.nw-fill').style('width', (w) => `${Math.max(0.5, w.p * 100)}%`);
          bar.select('.nw-p').text((w) => `${pct(w.p)} (${int(w.count)})`);
        });
    },
  };
}
