// The evaluation figure's view (D3 only): a choice of k, and for each n the held-out perplexity of maximum
// likelihood (∞, hatched), add-k and Kneser–Ney as bars on one log axis.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { choice } from '../../ui/controls.ts';
import { appendBarTrack, shareWidth } from '../../ui/barTrack.ts';
import { logAxis } from '../../ui/logAxis.ts';
import type { PerplexityBar, PerplexityGroup, PerplexityModel } from './model.ts';
import type { PerplexitySchema } from './state.ts';

export function perplexityView(
  root: HTMLElement,
  _dispatch: Dispatch<PerplexitySchema>,
  ctx: ViewContext<PerplexitySchema>,
): WidgetView<PerplexitySchema, PerplexityModel> {
  const r = select(root).classed('ngram-perplexity', true);
  const controls = r.append('div').attr('class', 'widget-controls');
  const select_ = choice(controls, ctx, 'k', {
    label: 'add-k with k =',
    text: (d) => (d === 'best' ? 'the best k for each n (tuned on the test text)' : d),
  });

  const axis = logAxis(r, 'pp-axis-row');
  const groups = r.append('div').attr('class', 'pp-groups');

  return {
    update(model, state) {
      select_.set(state.k);
      axis.set(model.ticks);
      groups
        .selectAll<HTMLDivElement, PerplexityGroup>('div.pp-group')
        .data(model.groups, (d) => String(d.n))
        .join((enter) => {
          const g = enter.append('div').attr('class', 'pp-group');
          g.append('p').attr('class', 'pp-n');
          return g;
        })
        .attr('data-n', (d) => d.n)
        .each(function (g) {
          const group = select(this);
          group.select('.pp-n').text(g.name);
          group
            .selectAll<HTMLDivElement, PerplexityBar>('div.pp-bar')
            .data(g.bars, (b) => b.method)
            .join((enter) => {
              const b = enter.append('div');
              b.append('span').attr('class', 'pp-method');
              appendBarTrack(b, 'pp-fill');
              b.append('span').attr('class', 'pp-value');
              b.append('span').attr('class', 'pp-note widget-note');
              return b;
            })
            .attr('class', (b) => `pp-bar pp-${b.method}${b.infinite ? ' pp-infinite' : ''}`)
            .each(function (b) {
              const bar = select(this);
              bar.select('.pp-method').text(b.name);
              bar.select('.pp-fill').style('width', shareWidth(b.length));
              bar.select('.pp-value').text(b.label);
              bar
                .select('.pp-note')
                .text(b.note ?? '')
                .attr('hidden', b.note ? null : '');
            });
        });
    },
  };
}
