// The generator's view (D3 only): order and temperature sliders, a "new sample" button, and the sampled text
// with each word marked by the order of the n-gram that produced it (colour and a subscript, context on hover).
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import { gramName } from '../../ui/ngramWords.ts';
import { type GeneratedWord, type GeneratorModel, type OrderShare, temperatureText } from './model.ts';
import { type GeneratorSchema, generatorSchema } from './state.ts';

export function generatorView(
  root: HTMLElement,
  dispatch: Dispatch<GeneratorSchema>,
): WidgetView<GeneratorSchema, GeneratorModel> {
  const r = select(root).classed('ngram-generator', true);
  const controls = r.append('div').attr('class', 'widget-controls');
  const slider = (label: string, key: 'order' | 'temperature', step: number) => {
    const f = generatorSchema[key];
    const l = controls.append('label');
    l.append('span').text(label);
    const input = l
      .append('input')
      .attr('type', 'range')
      .attr('class', `gen-${key}`)
      .attr('data-state-key', key)
      .attr('min', f.min)
      .attr('max', f.max)
      .attr('step', step)
      .on('input', (event: Event) => dispatch({ [key]: Number((event.target as HTMLInputElement).value) }));
    return { input, output: l.append('output') };
  };
  const order = slider('Longest n-gram', 'order', 1);
  const temperature = slider('Temperature', 'temperature', 0.1);
  let seed = generatorSchema.seed.default;
  controls
    .append('button')
    .attr('type', 'button')
    .attr('class', 'gen-new')
    .attr('data-state-key', 'seed')
    .text('New sample')
    .on('click', () => dispatch({ seed: seed >= generatorSchema.seed.max ? 1 : seed + 1 }));
  const seedNote = controls.append('span').attr('class', 'widget-note gen-seed');

  const legend = r.append('p').attr('class', 'gen-legend widget-note');
  const text = r.append('div').attr('class', 'gen-text');
  const summary = r.append('p').attr('class', 'gen-summary widget-note').attr('aria-live', 'polite');

  return {
    update(model, state) {
      seed = state.seed;
      order.input.property('value', state.order);
      order.output.text(`${state.order} (${gramName(state.order)})`);
      temperature.input.property('value', state.temperature);
      temperature.output.text(temperatureText(state.temperature));
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
