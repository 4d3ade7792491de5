// The long-sentence view (D3 only): one bar per word, the share of the last word's gradient that reaches it, on a log scale.
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider } from '../../ui/controls.ts';
import { sci } from '../../ui/sci.ts';
import type { LongSentenceModel, WordGradient } from './model.ts';
import type { LongSentenceSchema } from './state.ts';

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
      headline.text(
        `Share of the gradient from "finally" that reaches "student", ${m.distance} steps back: ${sci(m.student)}.`,
      );
      // bar length: log10 of the share, from 10⁻¹² (empty) to 1 (full)
      const w = scaleLinear().domain([-12, 0]).range([0, 100]).clamp(true);
      const li = list
        .selectAll<HTMLLIElement, WordGradient>('li')
        .data(m.words)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'ls-word');
          e.append('span').attr('class', 'ls-track').append('span').attr('class', 'ls-fill');
          e.append('span').attr('class', 'ls-value');
          return e;
        })
        .classed('ls-student', (d) => d.word === 'student');
      li.select('.ls-word').text((d) => d.word);
      li.select('.ls-fill').style('width', (d) => `${d.share > 0 ? w(Math.log10(d.share)) : 0}%`);
      li.select('.ls-value').text((d) => sci(d.share));
    },
  };
}
