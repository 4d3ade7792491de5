// The two sentence fields both bag-of-words figures share (D3): labelled native inputs, and a note when a
// pasted text is longer than what the state keeps.
import type { Selection } from 'd3-selection';
import { int } from './format.ts';
import { MAX_TEXT } from './limits.ts';

type Key = 'a' | 'b';

export interface SentenceInputs {
  update(state: Record<Key, string>): void;
}

export function sentenceInputs(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  figureId: string,
  dispatch: (patch: Partial<Record<Key, string>>) => void,
): SentenceInputs {
  const box = parent.append('div').attr('class', 'bow-inputs');
  const inputs = (['a', 'b'] as const).map((key) => {
    const id = `${figureId}-${key}`;
    box.append('label').attr('for', id).text(`Sentence ${key.toUpperCase()}`);
    return box
      .append('input')
      .attr('id', id)
      .attr('type', 'text')
      .attr('spellcheck', 'false')
      .attr('autocomplete', 'off')
      .attr('class', `bow-input bow-input-${key}`)
      .on('input', (event: Event) => dispatch({ [key]: (event.target as HTMLInputElement).value }));
  });
  const note = parent.append('p').attr('class', 'widget-note bow-cut').attr('aria-live', 'polite');
  return {
    update(state) {
      const cut: string[] = [];
      inputs.forEach((input, i) => {
        const key = i === 0 ? 'a' : 'b';
        const el = input.node()!;
        if (document.activeElement !== el) el.value = state[key];
        // The state keeps MAX_TEXT characters; the field may still hold the whole paste while focused.
        if (el.value !== state[key]) cut.push(key.toUpperCase());
      });
      note.text(
        cut.length === 0
          ? ''
          : `Only the first ${int(MAX_TEXT)} characters of sentence ${cut.join(' and ')} are counted (and kept in links).`,
      );
    },
  };
}
