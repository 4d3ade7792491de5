// The bigram figure's view (D3 only): the two sentence fields, a bigram toggle and a shuffle, then the
// vocabulary sizes and cosines with and without bigrams, each sentence's pairs, the vectors and the cosine.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { checkbox } from '../../ui/controls.ts';
import { moreText } from '../../bagOfWords/format.ts';
import { resultView } from '../../bagOfWords/resultView.ts';
import { sentenceInputs } from '../../bagOfWords/sentenceInputs.ts';
import { shuffleButtons } from '../../bagOfWords/shuffleButtons.ts';
import { shuffleStatus } from '../../bagOfWords/shuffleStatus.ts';
import { vectorTable } from '../../bagOfWords/vectorTable.ts';
import type { BowBigramsModel } from './model.ts';
import { type PairLine, pairLines, type SizeRow, sizeRows } from './sizes.ts';
import type { BowBigramsSchema } from './state.ts';

export function bowBigramsView(
  root: HTMLElement,
  _dispatch: Dispatch<BowBigramsSchema>,
  ctx: ViewContext<BowBigramsSchema>,
): WidgetView<BowBigramsSchema, BowBigramsModel> {
  const r = select(root as HTMLDivElement).classed('bow', true);
  const inputs = sentenceInputs(r, ctx);

  const controls = r.append('div').attr('class', 'widget-controls');
  const toggle = checkbox(controls, ctx, 'bigrams', { label: 'Show bigram features in the table' });
  controls.select('input[name="bigrams"]').classed('bow-bigram-toggle', true);
  const shuffle = shuffleButtons(controls.append('span').attr('class', 'bow-buttons'), ctx);
  const status = r.append('p').attr('class', 'bow-status').attr('aria-live', 'polite');

  const sizes = r.append('table').attr('class', 'bow-sizes');
  sizes.append('caption').attr('class', 'bow-vectors-title').text('Words alone against words and bigrams');
  const head = sizes.append('thead').append('tr');
  for (const h of ['Counted', 'Vocabulary size', 'Cosine']) head.append('th').attr('scope', 'col').text(h);
  const sizeBody = sizes.append('tbody');

  const pairs = r.append('div').attr('class', 'bow-pairs-list');
  const table = vectorTable(r, 'Feature');
  const result = resultView(r);

  return {
    update(model, state) {
      shuffle.set(state.shuffle);
      inputs.update(state);
      toggle.set(state.bigrams);
      status.text(
        shuffleStatus(
          model.shuffle && {
            seed: model.shuffle.seed,
            words: model.shuffle.wordCounts,
            bigrams: model.shuffle.bigramCounts,
          },
        ),
      );
      sizeBody
        .selectAll<HTMLTableRowElement, SizeRow>('tr')
        .data(sizeRows(model), (d) => d.label)
        .join((enter) => {
          const tr = enter.append('tr');
          tr.append('th').attr('scope', 'row');
          tr.append('td').attr('class', 'bow-size');
          tr.append('td').attr('class', 'bow-size-cos');
          return tr;
        })
        .call((tr) => {
          tr.select('th').text((d) => d.label);
          tr.select('.bow-size').text((d) => d.vocabulary);
          tr.select('.bow-size-cos').text((d) => d.cosine);
        });
      pairs
        .selectAll<HTMLParagraphElement, PairLine>('p')
        .data(pairLines(model), (d) => d.label)
        .join('p')
        .attr('class', 'bow-pair-line')
        .each(function (d) {
          const p = select(this);
          p.html('');
          p.append('span').attr('class', 'bow-pair-label').text(`Pairs in ${d.label}: `);
          if (d.none) {
            p.append('span').attr('class', 'bow-step-note').text(d.none);
            return;
          }
          p.append('span')
            .attr('class', 'bow-tokens')
            .selectAll('span')
            .data(d.pairs)
            .join('span')
            .attr('class', 'bow-token')
            .text((t) => t);
          if (d.hidden > 0) p.append('span').attr('class', 'bow-more').text(moreText(d.hidden));
        });
      table.update(model.shown);
      result.update(model.shown);
    },
  };
}
