// The bag-of-words figure's view (D3 only): two sentence fields, tokenisation settings, a shuffle button,
// the tokenisation trace, the count vectors side by side and their cosine. It draws and dispatches; it
// never counts.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { checkbox, choice, stateButton } from '../../ui/controls.ts';
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
  _dispatch: Dispatch<BagOfWordsSchema>,
  ctx: ViewContext<BagOfWordsSchema>,
): WidgetView<BagOfWordsSchema, BagOfWordsModel> {
  const r = select(root as HTMLDivElement).classed('bow', true);
  const inputs = sentenceInputs(r, ctx);

  const options = r.append('div').attr('class', 'widget-controls bow-options');
  const lowercase = checkbox(options, ctx, 'lowercase', { label: 'Lowercase' });
  const PUNCTUATION: Record<string, string> = { drop: 'drop it', split: 'count it as a word' };
  const punctuation = choice(options, ctx, 'punctuation', {
    label: 'Punctuation',
    text: (d) => PUNCTUATION[d] ?? d,
  });

  const shuffle = shuffleButtons(r.append('div').attr('class', 'widget-controls bow-shuffle'), ctx);
  const status = r.append('p').attr('class', 'bow-status').attr('aria-live', 'polite');

  const pairs = r.append('div').attr('class', 'bow-pairs');
  pairs.append('span').attr('class', 'widget-note').text('Try: ');
  for (const [a, b] of PAIRS)
    stateButton(pairs, ctx, ['a', 'b', 'shuffle'], {
      text: `"${a}" / "${b}"`,
      label: 'Sentence pair',
      patch: () => ({ a, b, shuffle: 0 }),
    });

  const trace = traceView(r);
  const table = vectorTable(r, 'Word');
  const result = resultView(r);

  return {
    update(model, state) {
      shuffle.set(state.shuffle);
      inputs.update(state);
      lowercase.set(state.lowercase);
      punctuation.set(state.punctuation);
      status.text(
        shuffleStatus(model.shuffle && { seed: model.shuffle.seed, words: model.shuffle.countsChanged }),
      );
      trace.update(model.comparison.sentences);
      table.update(model.comparison);
      result.update(model.comparison);
    },
  };
}
