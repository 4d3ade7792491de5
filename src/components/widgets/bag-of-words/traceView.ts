// The tokenisation trace (D3): for each sentence, every step from typed text to the tokens that are
// counted, so lowercasing, punctuation and shuffling are on screen rather than hidden.
import { type Selection, select } from 'd3-selection';
import type { SentenceTrace, TraceStep } from '../../bagOfWords/compare.ts';
import { moreText, NO_WORDS } from '../../bagOfWords/format.ts';

export function traceView(parent: Selection<HTMLDivElement, unknown, null, undefined>) {
  const root = parent.append('div').attr('class', 'bow-trace');
  return {
    update(sentences: readonly SentenceTrace[]) {
      root
        .selectAll<HTMLDivElement, SentenceTrace>('div.bow-sentence')
        .data(sentences, (s) => s.label)
        .join((enter) => {
          const s = enter.append('div').attr('class', 'bow-sentence');
          s.append('p').attr('class', 'bow-trace-title');
          s.append('ol').attr('class', 'bow-steps');
          return s;
        })
        .each(function (s) {
          const box = select(this);
          box.select('.bow-trace-title').text(`Sentence ${s.label}, step by step`);
          box
            .select('ol')
            .selectAll<HTMLLIElement, TraceStep>('li')
            .data(s.steps, (d) => d.label)
            .join('li')
            .each(function (step) {
              drawStep(select(this), step);
            });
          box
            .selectAll('p.widget-message')
            .data(s.tokens.length === 0 ? [NO_WORDS] : [])
            .join('p')
            .attr('class', 'widget-message')
            .text((m) => m);
        });
    },
  };
}

function drawStep(li: Selection<HTMLLIElement, TraceStep, null, undefined>, step: TraceStep): void {
  li.html('');
  const head = li.append('span').attr('class', 'bow-step-head');
  head.append('span').attr('class', 'bow-step-label').text(step.label);
  head.append('span').attr('class', 'bow-step-note').text(` · ${step.note}`);
  if (step.text !== undefined && step.note !== 'no change') {
    li.append('span')
      .attr('class', 'bow-text')
      .text(step.text === '' ? '(empty)' : step.text);
  }
  if (step.tokens) {
    const list = li.append('span').attr('class', 'bow-tokens');
    list
      .selectAll('span')
      .data(step.tokens)
      .join('span')
      .attr('class', 'bow-token')
      .text((t) => t);
  }
  if (step.hidden > 0) {
    li.append('span')
      .attr('class', 'bow-more')
      .text(moreText(step.hidden, step.tokens ? 'tokens' : 'characters'));
  }
}
