// A sentence the reader types, or picks from a short list (native text input and select), for the Chapter 3 figures.
import type { Selection } from 'd3-selection';
import type { Schema, TextField } from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import { type KeyOfKind, textField } from './controls.ts';
import { bindState, controlId } from './stateControl.ts';

type Parent = Selection<HTMLDivElement, unknown, null, undefined>;

/** Sentences the reader of Chapter 3 can pick instead of typing. */
export const SENTENCE_PRESETS = [
  'The cat sat on the mat',
  'The cat sat',
  'Dogs chase cats and cats chase mice',
  'I saw her duck',
] as const;

/** The text field `key` and a list of presets; both are controls of the key. */
export function sentenceInput<S extends Schema>(
  parent: Parent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, TextField>,
  o: { presets: readonly string[] },
): { set(v: string): void } {
  const input = textField(parent, ctx, key, { label: 'Sentence', className: 'si-text', name: 'sentence' });
  const pickId = controlId(ctx.fid, key, 'pick');
  const pickLabel = parent.append('label').attr('for', pickId).attr('class', 'si-pick');
  pickLabel.append('span').text('or pick');
  const pick = pickLabel
    .append('select')
    .attr('id', pickId)
    .attr('name', 'preset')
    .on('change', (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      if (v) ctx.dispatch({ [key]: v } as never);
    });
  bindState(pick.node()!, key, 'Sentence');
  pick
    .selectAll('option')
    .data(['', ...o.presets])
    .join('option')
    .attr('value', (d) => d)
    .text((d) => d || '—');
  return {
    set(v) {
      input.set(v);
      pick.property('value', o.presets.includes(v) ? v : '');
    },
  };
}
