// The comparison's result (D3): the vectors written out while they are short, and their cosine with the
// arithmetic behind it, or a plain sentence saying why there is none.
import type { Selection } from 'd3-selection';
import type { Comparison } from './compare.ts';
import { approx, resultLines } from './format.ts';

export function resultView(parent: Selection<HTMLDivElement, unknown, null, undefined>) {
  const root = parent.append('div').attr('class', 'bow-result').attr('aria-live', 'polite');
  const value = root.append('p').attr('class', 'bow-cos');
  value.append('strong').text('Cosine similarity ');
  const number = value.append('span').attr('class', 'bow-cos-value');
  const lines = root.append('div');
  return {
    update(c: Comparison) {
      number.text(c.cosine.value === null ? 'has no value here' : approx(c.cosine.value));
      lines
        .selectAll('p')
        .data(resultLines(c))
        .join('p')
        .attr('class', (d) => d.className)
        .text((d) => d.text);
    },
  };
}
