// The next-word figure's view (D3 only): a text field, example contexts, and one row of bars per context
// window k. It draws what the model computed and dispatches the reader's edits; it never counts.
import { format } from 'd3-format';
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { contextControls } from '../../ui/contextControls.ts';
import { displayWord } from '../../ui/ngramWords.ts';
import type { NextWordModel, NextWordRow } from './model.ts';
import { EXAMPLES, type NextWordSchema } from './state.ts';

const pct = format('.1%');
const int = format(',d');

export function nextWordView(
  root: HTMLElement,
  _dispatch: Dispatch<NextWordSchema>,
  ctx: ViewContext<NextWordSchema>,
): WidgetView<NextWordSchema, NextWordModel> {
  const r = select(root).classed('next-word', true);
  const controls = contextControls(r, ctx, {
    prefix: 'nw',
    textLabel: 'Text so far',
    topLabel: 'Candidates',
    examples: EXAMPLES,
  });
  const used = r.append('p').attr('class', 'widget-note nw-used').attr('aria-live', 'polite');
  const rows = r.append('div').attr('class', 'nw-rows');

  return {
    update(model, state) {
      controls.set(state.text, state.top);
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
