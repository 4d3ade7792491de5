// The two sentence fields both bag-of-words figures share (D3): labelled native inputs, and a note when a
// pasted text is longer than what the state keeps.
import type { Selection } from 'd3-selection';
import type { Schema, TextField } from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import { type KeyOfKind, textField } from '../ui/controls.ts';
import { int } from './format.ts';
import { MAX_TEXT } from './limits.ts';

type Key = 'a' | 'b';

export interface SentenceInputs {
  update(state: Record<Key, string>): void;
}

/** The settings both bag-of-words figures have (besides their own). */
export type SentencePairSchema = Schema & { a: TextField; b: TextField };

export function sentenceInputs<S extends SentencePairSchema>(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  ctx: ViewContext<S>,
): SentenceInputs {
  const box = parent.append('div').attr('class', 'bow-inputs');
  const inputs = (['a', 'b'] as const).map((key) =>
    textField(box, ctx, key as KeyOfKind<S, TextField>, {
      label: `Sentence ${key.toUpperCase()}`,
      inputClass: `bow-input bow-input-${key}`,
      separateLabel: true,
      // No maxlength: the whole paste stays in the box, and the note below says what the state keeps.
      clean: (typed) => typed,
      keepWhileTyping: true,
    }),
  );
  const note = parent.append('p').attr('class', 'widget-note bow-cut').attr('aria-live', 'polite');
  return {
    update(state) {
      const cut: string[] = [];
      inputs.forEach((input, i) => {
        const key = i === 0 ? 'a' : 'b';
        const el = input.node();
        input.set(state[key]);
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
