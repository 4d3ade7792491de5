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

/** One piece of the reading line: words, and optionally characters listed after them, each isolated. */
export interface ReadingNote {
  text: string;
  list?: string[];
}

/** Characters listed at most; the count says how many more there were. */
const LISTED = 8;

/** Why a prediction is not a date, or null if it is one: the model can only write digits and "-". */
export function notADate(prediction: string): string | null {
  const m = prediction.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return 'not a whole date (yyyy-mm-dd)';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
    ? null
    : 'no such day';
}

/** What was read and what was not, in words: the notes after the prediction. */
export function readingNotes(r: Reading): ReadingNote[] {
  const digits = r.unknownFate === 'left-out';
  const notes: ReadingNote[] = [];
  if (!r.empty)
    notes.push({
      text: digits
        ? `read ${r.chars.length} digit${r.chars.length === 1 ? '' : 's'}: ${r.chars.join('')}`
        : `read ${r.chars.length} character${r.chars.length === 1 ? '' : 's'}`,
    });
  if (r.unknownCount > 0) {
    const more = r.unknown.length - LISTED;
    notes.push({
      text: digits
        ? `left out ${r.unknownCount} character${r.unknownCount === 1 ? '' : 's'} the model cannot read (it knows only the digits 0–7):`
        : `${r.unknownCount} outside the model's alphabet (lower-case letters, digits, space and , . / -), each read only as "unknown":`,
      list: r.unknown.slice(0, LISTED),
    });
    if (more > 0) notes.push({ text: `and ${more} other kind${more === 1 ? '' : 's'}` });
  }
  if (r.truncated > 0)
    notes.push({
      text: `only the first ${r.chars.length} ${digits ? 'digits' : 'characters'} are read; ${r.truncated} more were cut off`,
    });
  return notes;
}

/** "Weights of step 400: 1979-05-03 · read 30 characters", or, for an empty box, no prediction at all. */
export function readingLine(
  p: Selection<HTMLParagraphElement, unknown, null, undefined>,
  r: Reading,
  step: number,
): void {
  p.selectAll('*').remove();
  const digits = r.unknownFate === 'left-out';
  if (r.empty) {
    p.append('span')
      .attr('class', 'dr-empty')
      .text(`Nothing to read, so no prediction: type ${digits ? 'digits 0–7' : 'a date'}.`);
  } else {
    p.append('span').text(step === 0 ? 'Untrained model: ' : `Weights of step ${step}: `);
    p.append('strong')
      .attr('class', 'dr-prediction')
      .text(r.prediction === '' ? '(nothing but end)' : r.prediction);
    const problem = digits || r.prediction === '' ? null : notADate(r.prediction);
    if (problem) p.append('span').attr('class', 'dr-note dr-problem').text(` (${problem})`);
  }
  for (const n of readingNotes(r)) {
    const span = p.append('span').attr('class', 'dr-note').text(` · ${n.text}`);
    // each character isolated: an Arabic letter or an emoji must not reorder the quotes and numbers around it
    for (const [i, ch] of (n.list ?? []).entries()) {
      span.append('span').text(i === 0 ? ' ' : ', ');
      span
        .append('bdi')
        .attr('class', 'dr-char')
        .text(ch === ' ' ? '␣' : ch);
    }
  }
}
