// The date the reader types (a native text input with a few presets), and the line that reports what a model makes of it (D3 only).
import type { Selection } from 'd3-selection';
import type { Reading } from '../models/translate.ts';

export const PRESETS = [
  '5/3/79',
  '3 May 1979',
  'Thursday, May 3rd 1979',
  'Thursday, the 3rd of May, 1979',
  'on Wednesday, September the 23rd, 2048',
  'the day after tomorrow',
] as const;

let counter = 0;

export function dateInput(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  o: { maxLength: number; onInput(v: string): void },
): { set(v: string): void; mode(label: string, presets: boolean): void } {
  const id = `di-${++counter}`;
  const label = parent.append('label').attr('for', id).attr('class', 'di-text');
  const name = label.append('span').text('Date');
  const input = label
    .append('input')
    .attr('id', id)
    .attr('type', 'text')
    .attr('name', 'date')
    .attr('maxlength', o.maxLength)
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false')
    .on('input', (e: Event) => o.onInput((e.target as HTMLInputElement).value));
  const pickLabel = parent.append('label').attr('for', `${id}-pick`).attr('class', 'di-pick');
  pickLabel.append('span').text('or pick');
  const pick = pickLabel
    .append('select')
    .attr('id', `${id}-pick`)
    .attr('name', 'preset')
    .on('change', (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      if (v) o.onInput(v);
    });
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
      `The box holds at most ${o.maxLength} characters; the rest of what was pasted or linked is left out.`,
    );
  return {
    /** Relabels the box (the reversal task reads digits) and shows or hides the date presets. */
    mode(text, withPresets) {
      name.text(text);
      pickLabel.classed('di-hidden', !withPresets);
    },
    set(v) {
      if (input.property('value') !== v) input.property('value', v);
      full.attr('hidden', v.length >= o.maxLength ? null : true);
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
