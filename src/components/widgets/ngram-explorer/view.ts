// The context explorer's view (D3 only): a context field, example contexts, and one row per order n with the
// likeliest next words, P(w | context) and the counts behind it; the order back-off answers from is marked.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { contextControls } from '../../ui/contextControls.ts';
import { type ExplorerBar, type ExplorerModel, type ExplorerRow, ROLE_LABEL } from './model.ts';
import { gramName } from '../../ui/ngramWords.ts';
import { EXAMPLES, type ExplorerSchema } from './state.ts';
import { appendBarTrack, shareWidth } from '../../ui/barTrack.ts';
import { probabilityShare } from '../../ui/probabilityShare.ts';

export function explorerView(
  root: HTMLElement,
  _dispatch: Dispatch<ExplorerSchema>,
  ctx: ViewContext<ExplorerSchema>,
): WidgetView<ExplorerSchema, ExplorerModel> {
  const r = select(root).classed('ngram-explorer', true);
  const controls = contextControls(r, ctx, {
    prefix: 'nx',
    textLabel: 'Context',
    topLabel: 'Words per order',
    examples: EXAMPLES,
  });
  const summary = r.append('p').attr('class', 'nx-summary').attr('aria-live', 'polite');
  const rows = r.append('div').attr('class', 'nx-rows');

  return {
    update(model, state) {
      controls.set(state.text, state.top);
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
              appendBarTrack(b, 'nx-fill');
              b.append('span').attr('class', 'nx-p');
              return b;
            });
          bar.order();
          bar.select('.nx-word').text((w) => w.word);
          bar.select('.nx-fill').style('width', (w) => shareWidth(probabilityShare(w.p)));
          bar.select('.nx-p').text((w) => w.label);
          row
            .select('.nx-note')
            .text(d.note ?? '')
            .attr('hidden', d.note ? null : '');
        });
    },
  };
}
