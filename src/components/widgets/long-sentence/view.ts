// The long-sentence view (D3 only): one bar per word, the share of the last word's gradient that reaches it, drawn to scale (see shareBar).
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider } from '../../ui/controls.ts';
import type { LongSentenceModel } from './model.ts';
import type { LongSentenceSchema } from './state.ts';
import { appendBarTrack, shareWidth } from '../../ui/barTrack.ts';
import { longSentenceLayout, type ShareBar } from './longSentenceLayout.ts';

export function longSentenceView(
  root: HTMLElement,
  _dispatch: Dispatch<LongSentenceSchema>,
  ctx: ViewContext<LongSentenceSchema>,
): WidgetView<LongSentenceSchema, LongSentenceModel> {
  const r = select(root).classed('long-sentence', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const radius = slider(c, ctx, 'radius', { label: 'Spectral radius ρ(W_hh)', step: 0.05 });
  const seed = seedSlider(c, ctx);
  const headline = r.append('p').attr('class', 'ls-headline').attr('aria-live', 'polite');
  const list = r.append('ol').attr('class', 'ls-words');
  return {
    update(m, s) {
      radius.set(s.radius, s.radius.toFixed(2));
      seed.set(s.seed);
      const layout = longSentenceLayout(m);
      headline.text(layout.headline);
      const li = list
        .selectAll<HTMLLIElement, ShareBar>('li')
        .data(layout.bars)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'ls-word');
          appendBarTrack(e, 'ls-fill');
          e.append('span').attr('class', 'ls-value');
          return e;
        })
        .classed('ls-student', (d) => d.student);
      li.select('.ls-word').text((d) => d.word);
      li.select('.ls-fill').style('width', (d) => shareWidth(d.share));
      li.select('.ls-value').text((d) => d.value);
    },
  };
}
