// A sentence the reader types, or picks from a short list (native text input and select), for the Chapter 3 figures.
import type { Selection } from 'd3-selection';

type Parent = Selection<HTMLDivElement, unknown, null, undefined>;

/** Sentences the reader of Chapter 3 can pick instead of typing. */
export const SENTENCE_PRESETS = [
  'The cat sat on the mat',
  'The cat sat',
  'Dogs chase cats and cats chase mice',
  'I saw her duck',
] as const;

let counter = 0;

export function sentenceInput(
  parent: Parent,
  o: { presets: readonly string[]; maxLength: number; onInput(v: string): void },
): { set(v: string): void } {
  const id = `si-${++counter}`;
  const label = parent.append('label').attr('for', id).attr('class', 'si-text');
  label.append('span').text('Sentence');
  const input = label
    .append('input')
    .attr('id', id)
    .attr('type', 'text')
    .attr('name', 'sentence')
    .attr('maxlength', o.maxLength)
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false')
    .on('input', (e: Event) => o.onInput((e.target as HTMLInputElement).value));
  const pickId = `${id}-pick`;
  const pickLabel = parent.append('label').attr('for', pickId).attr('class', 'si-pick');
  pickLabel.append('span').text('or pick');
  const pick = pickLabel
    .append('select')
    .attr('id', pickId)
    .attr('name', 'preset')
    .on('change', (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      if (v) o.onInput(v);
    });
  pick
    .selectAll('option')
    .data(['', ...o.presets])
    .join('option')
    .attr('value', (d) => d)
    .text((d) => d || '—');
  return {
    set(v) {
      if (input.property('value') !== v) input.property('value', v);
      pick.property('value', o.presets.includes(v) ? v : '');
    },
  };
}
