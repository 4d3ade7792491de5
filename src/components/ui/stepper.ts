// A count from 0 to a sentence's length that the reader moves one step at a time with two buttons, or at once with a slider (D3 only); the Chapter 3 figures walk a sentence forward (unroller) and backward (BPTT) with it.
import type { Selection } from 'd3-selection';
import type { IntField, Schema } from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import { type KeyOfKind, slider } from './controls.ts';
import { bindState } from './stateControl.ts';

export interface StepButton {
  name: string;
  text: string;
  /** +1 or −1: which way one press moves the count. */
  by: 1 | -1;
}

export interface StepperOptions {
  label: string;
  /** In the order they stand on the page. */
  buttons: readonly StepButton[];
}

export interface Stepper {
  /**
   * Shows the count: `value` as the state holds it, `count` as the model clamped it to the sentence's
   * `total` words. A button that would move the count past 0 or `total` is disabled.
   */
  set(value: number, count: number, total: number): void;
}

/** The count is the schema's int field `key`: the slider and both buttons are its controls. */
export function stepper<S extends Schema>(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, IntField>,
  o: StepperOptions,
): Stepper {
  let count = 0;
  let total = 0;
  const buttons = o.buttons.map((b) => {
    const button = parent
      .append('button')
      .attr('type', 'button')
      .attr('name', b.name)
      .text(b.text)
      .on('click', () =>
        ctx.dispatch({ [key]: b.by > 0 ? Math.min(total, count + 1) : Math.max(0, count - 1) } as never),
      );
    bindState(button.node()!, key, o.label);
    return { by: b.by, button };
  });
  const range = slider(parent, ctx, key, { label: o.label });
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
