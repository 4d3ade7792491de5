// The generator's view (D3 only): order and temperature sliders, a "new sample" button, and the sampled text
// with each word marked by the order of the n-gram that produced it (colour and a subscript, context on hover).
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { slider, stateButton } from '../../ui/controls.ts';
import { gramName } from '../../ui/ngramWords.ts';
import { type GeneratedWord, type GeneratorModel, type OrderShare, temperatureText } from './model.ts';
import { type GeneratorSchema, generatorSchema } from './state.ts';

export function generatorView(
  root: HTMLElement,
  _dispatch: Dispatch<GeneratorSchema>,
  ctx: ViewContext<GeneratorSchema>,
): WidgetView<GeneratorSchema, GeneratorModel> {
  const r = select(root).classed('ngram-generator', true);
  const controls = r.append('div').attr('class', 'widget-controls');
  const order = slider(controls, ctx, 'order', { label: 'Longest n-gram', inputClass: 'gen-order' });
  const temperature = slider(controls, ctx, 'temperature', {
    label: 'Temperature',
    step: 0.1,
    inputClass: 'gen-temperature',
  });
  let seed = generatorSchema.seed.default;
  stateButton(controls, ctx, ['seed'], {
    text: 'New sample',
    label: 'Sample',
    className: 'gen-new',
    patch: () => ({ seed: seed >= generatorSchema.seed.max ? 1 : seed + 1 }),
  });
  const seedNote = controls.append('span').attr('class', 'widget-note gen-seed');

  const legend = r.append('p').attr('class', 'gen-legend widget-note');
  const text = r.append('div').attr('class', 'gen-text');
  const summary = r.append('p').attr('class', 'gen-summary widget-note').attr('aria-live', 'polite');

  return {
    update(model, state) {
      seed = state.seed;
      order.set(state.order, `${state.order} (${gramName(state.order)})`);
      temperature.set(state.temperature, temperatureText(state.temperature));
      seedNote.text(`sample ${state.seed}`);
      legend
        .selectAll<HTMLSpanElement, OrderShare>('span.gen-key')
        .data(model.shares, (d) => String(d.order))
        .join((enter) => {
          const k = enter.append('span').attr('class', 'gen-key');
          k.append('span').attr('class', 'gen-w');
          return k;
        })
        .order()
        .select('.gen-w')
        .attr('class', (d) => `gen-w o${d.order}`)
        .text((d) => `${gramName(d.order)}`);
      text
        .selectAll<HTMLParagraphElement, GeneratedWord[]>('p.gen-sentence')
        .data(model.sentences)
        .join('p')
        .attr('class', 'gen-sentence')
        .each(function (sentence) {
          const items = select(this)
            .selectAll<HTMLSpanElement, GeneratedWord>('span.gen-item')
            .data(sentence)
            .join((enter) => {
              const item = enter.append('span').attr('class', 'gen-item');
              item.each(function () {
                this.append(document.createTextNode(''));
              });
              const w = item.append('span');
              w.append('span').attr('class', 'gen-t');
              w.append('sub').attr('class', 'gen-o');
              return item;
            });
          items.each(function (d) {
            (this.firstChild as Text).nodeValue = d.glue ? '' : ' ';
          });
          const w = items
            .select<HTMLSpanElement>('span')
            .attr('class', (d) => `gen-w o${d.order}`)
            .attr('title', (d) => d.title);
          w.select('.gen-t').text((d) => d.text);
          w.select('.gen-o').text((d) => d.order);
        });
      summary.text(model.summary);
    },
  };
}
