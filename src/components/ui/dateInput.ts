// The date the reader types (a native text input with a few presets), and the line that reports what a model makes of it (D3 only).
import type { Selection } from 'd3-selection';
import type { Schema, TextField } from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import type { Reading } from '../models/translate.ts';
import { type KeyOfKind, textField } from './controls.ts';
import { bindState, controlId } from './stateControl.ts';

export const PRESETS = [
  '5/3/79',
  '3 May 1979',
  'Thursday, May 3rd 1979',
  'Thursday, the 3rd of May, 1979',
  'on Wednesday, September the 23rd, 2048',
  'the day after tomorrow',
] as const;

/** The text field `key` (a date, or digits on the reversal task) and the date presets, both its controls. */
export function dateInput<S extends Schema>(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, TextField>,
): { set(v: string): void; mode(label: string, presets: boolean): void } {
  const maxLength = (ctx.schema[key] as TextField).maxLength;
  const input = textField(parent, ctx, key, { label: 'Date', className: 'di-text', name: 'date' });
  const pickId = controlId(ctx.fid, key, 'pick');
  const pickLabel = parent.append('label').attr('for', pickId).attr('class', 'di-pick');
  pickLabel.append('span').text('or pick');
  const pick = pickLabel
    .append('select')
    .attr('id', pickId)
    .attr('name', 'preset')
    .on('change', (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      if (v) ctx.dispatch({ [key]: v } as never);
    });
  bindState(pick.node()!, key, 'Date');
  pick
    .selectAll('option')
    .data(['', ...PRESETS])
    .join('option')
    .attr('value', (d) => d)
    .text((d) => d || '—');
  // A paste longer than the box is cut by the browser without a word (maxlength): say so.
  const full = parent
    .append('p')
    .attr('class', 'widget-note di-full')
    .attr('hidden', true)
    .text(
      `The box holds at most ${maxLength} characters; the rest of what was pasted or linked is left out.`,
    );
  return {
    /** Relabels the box (the reversal task reads digits) and shows or hides the date presets. */
    mode(text, withPresets) {
      input.labelText(text);
      pickLabel.classed('di-hidden', !withPresets);
    },
    set(v) {
      input.set(v);
      full.attr('hidden', v.length >= maxLength ? null : true);
      pick.property('value', (PRESETS as readonly string[]).includes(v) ? v : '');
    },
  };
}

/** "→ 1979-05-03 (weights of step 400)", plus a note when the input was cut. */
export function readingLine(
  p: Selection<HTMLParagraphElement, unknown, null, undefined>,
  r: Reading,
  step: number,
): void {
  p.selectAll('*').remove();
  p.append('span').text(step === 0 ? 'Untrained model: ' : `Weights of step ${step}: `);
  p.append('strong')
    .attr('class', 'dr-prediction')
    .text(r.prediction === '' ? '(nothing but end)' : r.prediction);
  if (r.truncated > 0)
    p.append('span')
      .attr('class', 'dr-note')
      .text(` · only the first ${r.chars.length} characters are read; ${r.truncated} more were cut off`);
}
