// The sparsity figure's view (D3 only): bars of the share of held-out n-grams never seen in training, with a
// choice of counting running text or distinct n-grams, and a log-scale panel of V^n against the n-grams seen.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { radioGroup } from '../../ui/controls.ts';
import { appendBarTrack, shareWidth } from '../../ui/barTrack.ts';
import { logAxis } from '../../ui/logAxis.ts';
import type { LogBar, LogGroup, SparsityModel, UnseenBar } from './model.ts';
import { COUNT_LABEL, type SparsitySchema } from './state.ts';

export function sparsityView(
  root: HTMLElement,
  _dispatch: Dispatch<SparsitySchema>,
  ctx: ViewContext<SparsitySchema>,
): WidgetView<SparsitySchema, SparsityModel> {
  const r = select(root).classed('ngram-sparsity', true);
  const unseenPanel = r.append('div').attr('class', 'sp-panel');
  unseenPanel.append('p').attr('class', 'sp-title').text('Held-out n-grams never seen in training');
  const count = radioGroup(unseenPanel, ctx, 'count', {
    label: 'Count',
    text: (option) => COUNT_LABEL[option as keyof typeof COUNT_LABEL],
    className: 'sp-choice',
    legendClass: 'widget-note',
  });
  const unseenBars = unseenPanel.append('div').attr('class', 'sp-bars');

  const logPanel = r.append('div').attr('class', 'sp-panel');
  logPanel
    .append('p')
    .attr('class', 'sp-title')
    .text('Distinct n-grams: possible (V to the n) against seen in training, log scale');
  const axis = logAxis(logPanel, 'sp-axis-row');
  const groups = logPanel.append('div').attr('class', 'sp-groups');

  return {
    update(model, state) {
      count.set(state.count);
      unseenBars
        .selectAll<HTMLDivElement, UnseenBar>('div.sp-bar')
        .data(model.unseen, (d) => String(d.n))
        .join((enter) => {
          const b = enter.append('div').attr('class', 'sp-bar');
          b.append('span').attr('class', 'sp-name');
          appendBarTrack(b, 'sp-fill');
          b.append('span').attr('class', 'sp-label');
          return b;
        })
        .attr('data-n', (d) => d.n)
        .each(function (d) {
          const b = select(this);
          b.select('.sp-name').text(d.name);
          b.select('.sp-fill').style('width', shareWidth(d.share));
          b.select('.sp-label').text(d.label);
        });
      axis.set(model.ticks);
      groups
        .selectAll<HTMLDivElement, LogGroup>('div.sp-group')
        .data(model.groups, (d) => String(d.n))
        .join((enter) => {
          const g = enter.append('div').attr('class', 'sp-group');
          g.append('span').attr('class', 'sp-name');
          const right = g.append('div');
          right.append('div').attr('class', 'sp-log-bars');
          right.append('p').attr('class', 'sp-ratio widget-note');
          return g;
        })
        .attr('data-n', (d) => d.n)
        .each(function (d) {
          const g = select(this);
          g.select('.sp-name').text(d.name);
          g.select('.sp-ratio').text(d.ratio);
          g.select('.sp-log-bars')
            .selectAll<HTMLDivElement, LogBar>('div.sp-log')
            .data(d.bars, (b) => b.kind)
            .join((enter) => {
              const b = enter.append('div');
              appendBarTrack(b, 'sp-log-fill');
              b.append('span').attr('class', 'sp-log-label');
              return b;
            })
            .attr('class', (b) => `sp-log sp-${b.kind}`)
            .each(function (b) {
              const bar = select(this);
              bar.select('.sp-log-fill').style('width', shareWidth(b.length));
              bar.select('.sp-log-label').text(b.label);
            });
        });
    },
  };
}
