// The long-sentence view (D3 only): one bar per word, the share of the last word's gradient that reaches it, drawn to scale (see shareBar).
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider } from '../../ui/controls.ts';
import { sci } from '../../ui/sci.ts';
import type { LongSentenceModel, WordGradient } from './model.ts';
import { shareBar, shareTop } from './shareBar.ts';
import { type LongSentenceSchema, longSentenceSchema as S } from './state.ts';

export function longSentenceView(
  root: HTMLElement,
  dispatch: Dispatch<LongSentenceSchema>,
): WidgetView<LongSentenceSchema, LongSentenceModel> {
  const r = select(root).classed('long-sentence', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const radius = slider(c, {
    label: 'Spectral radius ρ(W_hh)',
    name: 'radius',
    min: S.radius.min,
    max: S.radius.max,
    step: 0.05,
    onInput: (v) => dispatch({ radius: v }),
  });
  const seed = seedSlider(c, S.seed, (v) => dispatch({ seed: v }));
  c.selectAll<HTMLInputElement, unknown>('input, select').attr('data-state-key', function () {
    return this.name;
  });
  const headline = r.append('p').attr('class', 'ls-headline').attr('aria-live', 'polite');
  const list = r.append('ol').attr('class', 'ls-words');
  return {
    update(m, s) {
      radius.set(s.radius, s.radius.toFixed(2));
      seed.set(s.seed);
      headline.text(
        `Share of the gradient from "finally" that reaches "student", ${m.distance} steps back: ${sci(m.student)}.`,
      );
      const top = shareTop(m.words.map((d) => d.share));
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
      li.select('.ls-fill').style('width', (d) => `${shareBar(d.share, top)}%`);
      li.select('.ls-value').text((d) => sci(d.share));
    },
  };
}
