// A count from 0 to a sentence's length that the reader moves one step at a time with two buttons, or at once with a slider (D3 only); the Chapter 3 figures walk a sentence forward (unroller) and backward (BPTT) with it.
import type { Selection } from 'd3-selection';
import { slider } from './controls.ts';

export interface StepButton {
  name: string;
  text: string;
  /** +1 or −1: which way one press moves the count. */
  by: 1 | -1;
}

export interface StepperOptions {
  /** The state key the count is stored under: the slider's name and every control's data-state-key (an exercise locks them by it). */
  key: string;
  label: string;
  min: number;
  max: number;
  /** In the order they stand on the page. */
  buttons: readonly StepButton[];
  onStep(v: number): void;
}

export interface Stepper {
  /**
   * Shows the count: `value` as the state holds it, `count` as the model clamped it to the sentence's
   * `total` words. A button that would move the count past 0 or `total` is disabled.
   */
  set(value: number, count: number, total: number): void;
}

export function stepper(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  o: StepperOptions,
): Stepper {
  let count = 0;
  let total = 0;
  const buttons = o.buttons.map((b) => ({
    by: b.by,
    button: parent
      .append('button')
      .attr('type', 'button')
      .attr('name', b.name)
      .attr('data-state-key', o.key)
      .text(b.text)
      .on('click', () => o.onStep(b.by > 0 ? Math.min(total, count + 1) : Math.max(0, count - 1))),
  }));
  const range = slider(parent, {
    label: o.label,
    name: o.key,
    min: o.min,
    max: o.max,
    step: 1,
    onInput: (v) => o.onStep(v),
  });
  parent.select(`input[name="${o.key}"]`).attr('data-state-key', o.key);
  return {
    set(value, c, t) {
      count = c;
      total = t;
      range.set(value, `${c} of ${t}`);
      for (const { by, button } of buttons)
        button.attr('disabled', (by > 0 ? c >= t : c === 0) ? true : null);
    },
  };
}
