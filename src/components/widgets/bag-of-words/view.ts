// The bag-of-words figure's view (D3 only): two sentence fields, tokenisation settings, a shuffle button,
// the tokenisation trace, the count vectors side by side and their cosine. It draws and dispatches; it
// never counts.
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import type { BagOfWordsModel } from './model.ts';
import { resultView } from '../../bagOfWords/resultView.ts';
import { sentenceInputs } from '../../bagOfWords/sentenceInputs.ts';
import { shuffleButtons } from '../../bagOfWords/shuffleButtons.ts';
import { type BagOfWordsSchema, PAIRS } from './state.ts';
import { shuffleStatus } from '../../bagOfWords/shuffleStatus.ts';
import { traceView } from './traceView.ts';
import { vectorTable } from '../../bagOfWords/vectorTable.ts';

export function bagOfWordsView(
  root: HTMLElement,
  dispatch: Dispatch<BagOfWordsSchema>,
): WidgetView<BagOfWordsSchema, BagOfWordsModel> {
  const r = select(root as HTMLDivElement).classed('bow', true);
  const figureId = root.closest('figure')?.id ?? 'bow';
  const inputs = sentenceInputs(r, figureId, dispatch);

  const options = r.append('div').attr('class', 'widget-controls bow-options');
  const lowerLabel = options.append('label');
  const lowercase = lowerLabel
    .append('input')
    .attr('type', 'checkbox')
    .attr('data-state-key', 'lowercase')
    .on('change', (event: Event) => dispatch({ lowercase: (event.target as HTMLInputElement).checked }));
  lowerLabel.append('span').text('Lowercase');
  const punctLabel = options.append('label');
  punctLabel.append('span').text('Punctuation');
  const punctuation = punctLabel
    .append('select')
    .attr('data-state-key', 'punctuation')
    .on('change', (event: Event) =>
      dispatch({ punctuation: (event.target as HTMLSelectElement).value as 'drop' | 'split' }),
    );
  punctuation
    .selectAll('option')
    .data([
      ['drop', 'drop it'],
      ['split', 'count it as a word'],
    ])
    .join('option')
    .attr('value', (d) => d[0])
    .text((d) => d[1]);

  const shuffle = shuffleButtons(r.append('div').attr('class', 'widget-controls bow-shuffle'), dispatch);
  const status = r.append('p').attr('class', 'bow-status').attr('aria-live', 'polite');

  const pairs = r.append('div').attr('class', 'bow-pairs');
  pairs.append('span').attr('class', 'widget-note').text('Try: ');
  pairs
    .selectAll('button')
    .data(PAIRS)
    .join('button')
    .attr('type', 'button')
    .text(([a, b]) => `"${a}" / "${b}"`)
    .on('click', (_e, [a, b]) => dispatch({ a, b, shuffle: 0 }));

  const trace = traceView(r);
  const table = vectorTable(r, 'Word');
  const result = resultView(r);

  return {
    update(model, state) {
      shuffle.set(state.shuffle);
      inputs.update(state);
      lowercase.property('checked', state.lowercase);
      punctuation.property('value', state.punctuation);
      status.text(
        shuffleStatus(model.shuffle && { seed: model.shuffle.seed, words: model.shuffle.countsChanged }),
      );
      trace.update(model.comparison.sentences);
      table.update(model.comparison);
      result.update(model.comparison);
    },
  };
}
