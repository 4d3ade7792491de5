// The next-word figure's view (D3 only): a text field, example contexts, and one row of bars per context
// window k. It draws what the model computed and dispatches the reader's edits; it never counts.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { contextControls } from '../../ui/contextControls.ts';
import type { NextWordModel } from './model.ts';
import { EXAMPLES, type NextWordSchema } from './state.ts';
import { appendBarTrack, shareWidth } from '../../ui/barTrack.ts';
import { type NextWordBar, nextWordLayout, type NextWordRowLayout } from './nextWordLayout.ts';

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
        .selectAll<HTMLDivElement, NextWordRowLayout>('div.nw-row')
        .data(nextWordLayout(model), (d) => String(d.k))
        .join((enter) => {
          const row = enter.append('div').attr('class', 'nw-row');
          const head = row.append('p').attr('class', 'nw-head');
          head.append('strong');
          head.append('span');
          row.append('div').attr('class', 'nw-bars');
          return row;
        })
        .each(function (d) {
          const row = select(this);
          row.select('.nw-head strong').text(d.title);
          row.select('.nw-head span').text(d.context);
          const bars = row.select('.nw-bars');
          bars
            .selectAll<HTMLParagraphElement, string>('p.widget-message')
            .data(d.message ? [d.message] : [])
            .join('p')
            .attr('class', 'widget-message')
            .text((m) => m);
          const bar = bars
            .selectAll<HTMLDivElement, NextWordBar>('div.nw-bar')
            .data(d.bars, (w) => w.word)
            .join((enter) => {
              const b = enter.append('div').attr('class', 'nw-bar');
              b.append('span').attr('class', 'nw-word');
              appendBarTrack(b, 'nw-fill');
              b.append('span').attr('class', 'nw-p');
              return b;
            });
          bar.order();
          bar.select('.nw-word').text((w) => w.word);
          bar.select('.nw-fill').style('width', (w) => shareWidth(w.share));
          bar.select('.nw-p').text((w) => w.label);
        });
    },
  };
}
