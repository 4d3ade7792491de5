// The typed-context controls shared by the next-word and context-explorer figures (D3 only): a text field,
// a "how many" slider and example contexts as buttons. Both figures' state has `text` and `top`; the
// styles are in ContextControlsStyles.astro.
import type { Selection } from 'd3-selection';
import type { IntField, Schema, TextField } from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import { type KeyOfKind, slider, stateButton, textField } from './controls.ts';

type Root = Selection<HTMLElement, unknown, null, undefined>;

/** The settings both figures share. */
type ContextSchema = Schema & { text: TextField; top: IntField };

export interface ContextControlsOptions {
  /** Class prefix of the field's label. */
  prefix: string;
  textLabel: string;
  topLabel: string;
  examples: readonly string[];
}

export interface ContextControls {
  /** Shows the state; leaves the field alone while the reader is typing in it. */
  set(text: string, top: number): void;
}

export function contextControls<S extends ContextSchema>(
  r: Root,
  ctx: ViewContext<S>,
  o: ContextControlsOptions,
): ContextControls {
  const controls = r.append('div').attr('class', 'widget-controls');
  const maxLength = ctx.schema.text.maxLength;
  // Links keep the last maxLength characters; typing beyond it keeps the last words, the ones that count.
  const input = textField(controls, ctx, 'text' as KeyOfKind<S, TextField>, {
    label: o.textLabel,
    className: `${o.prefix}-field`,
    inputClass: 'context-input',
    separateLabel: true,
    clean: (typed) => typed.slice(-maxLength),
    keepWhileTyping: true,
  });
  const top = slider(controls, ctx, 'top' as KeyOfKind<S, IntField>, { label: o.topLabel });

  const examples = r.append('div').attr('class', 'context-examples');
  examples.append('span').attr('class', 'widget-note').text('Try: ');
  for (const d of o.examples)
    stateButton(examples, ctx, ['text'], {
      text: `"${d}"`,
      label: o.textLabel,
      patch: () => ({ text: d }) as never,
    });

  return {
    set(text, n) {
      input.set(text);
      top.set(n);
    },
  };
}
