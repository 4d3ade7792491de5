// Labelled native controls built from a figure's state schema: a range slider with its value, a select, a
// checkbox, a text field and a button that sets keys. Each takes the schema key it controls, reads its
// bounds or options from the schema, carries data-state-key, its label and the id `<fid>-<key>`, and
// dispatches its own patch, so no figure can build a control that a lock, a preset or a test cannot find.
// Native inputs keep keyboard and screen-reader behaviour for free.
import type { Selection } from 'd3-selection';
import type {
  BoolField,
  EnumField,
  Field,
  FloatField,
  IntField,
  Schema,
  StateOf,
  TextField,
} from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import { bindState, controlId } from './stateControl.ts';

type Parent = Selection<HTMLElement, unknown, null, undefined>;
// biome-ignore lint/suspicious/noExplicitAny: accepts any D3 selection of an element to append to.
type AnyParent = Selection<any, unknown, null, undefined>;

/** The keys of S whose field is of kind F. */
export type KeyOfKind<S extends Schema, F extends Field> = {
  [K in keyof S]: S[K] extends F ? K : never;
}[keyof S] &
  string;

export interface Control<T> {
  set(value: T, shown?: string): void;
}

function send<S extends Schema>(ctx: ViewContext<S>, key: string, value: unknown): void {
  ctx.dispatch({ [key]: value } as Partial<StateOf<S>>);
}

export interface SliderOptions {
  label: string;
  /** Defaults to 1 for whole numbers and to the last decimal the URL keeps for floats. */
  step?: number;
  /** Distinguishes a second control of the same key (its id becomes `<fid>-<key>-<part>`). */
  part?: string;
  /** Class of the range input itself. */
  inputClass?: string;
}

/** A range input over the field's bounds, with an <output> showing its value. */
export function slider<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, IntField> | KeyOfKind<S, FloatField>,
  o: SliderOptions,
): Control<number> {
  const f = ctx.schema[key] as IntField | FloatField;
  const step = o.step ?? (f.kind === 'int' ? 1 : 10 ** -(f.digits ?? 3));
  const id = controlId(ctx.fid, key, o.part);
  const label = (parent as Parent).append('label').attr('for', id);
  label.append('span').text(o.label);
  const input = label
    .append('input')
    .attr('id', id)
    .attr('type', 'range')
    .attr('name', key)
    .attr('min', f.min)
    .attr('max', f.max)
    .attr('step', step)
    .attr('class', o.inputClass ?? null)
    .on('input', (e: Event) => send(ctx, key, Number((e.target as HTMLInputElement).value)));
  bindState(input.node()!, key, o.label);
  const out = label.append('output').attr('for', id);
  return {
    set(v, shown) {
      input.property('value', v);
      out.text(shown ?? String(v));
    },
  };
}

/** A select over the field's options; `text` names an option for the reader (defaults to its value). */
export function choice<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, EnumField>,
  o: {
    label: string;
    text?(option: string): string;
    part?: string;
    /** Other settings that change with this one (a new task starts from its own text). */
    also?(option: string): Partial<StateOf<S>>;
  },
): Control<string> {
  const f = ctx.schema[key] as EnumField;
  const id = controlId(ctx.fid, key, o.part);
  const label = (parent as Parent).append('label').attr('for', id);
  label.append('span').text(o.label);
  const select = label
    .append('select')
    .attr('id', id)
    .attr('name', key)
    .on('change', (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      ctx.dispatch({ ...o.also?.(v), [key]: v } as Partial<StateOf<S>>);
    });
  bindState(select.node()!, key, o.label);
  select
    .selectAll('option')
    .data(f.options)
    .join('option')
    .attr('value', (d) => d)
    .text((d) => o.text?.(d) ?? d);
  return { set: (v) => select.property('value', v) };
}

/** One radio button per option of an enum field, in a fieldset whose legend names the setting. */
export function radioGroup<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, EnumField>,
  o: { label: string; text?(option: string): string; className?: string; legendClass?: string },
): Control<string> {
  const f = ctx.schema[key] as EnumField;
  const set = (parent as Parent)
    .append('fieldset')
    .attr('id', controlId(ctx.fid, key))
    .attr('class', o.className ?? null);
  set
    .append('legend')
    .attr('class', o.legendClass ?? null)
    .text(o.label);
  const inputs = f.options.map((option) => {
    const label = set.append('label');
    const input = label
      .append('input')
      .attr('type', 'radio')
      // Unique per figure, so two figures of one widget on a page keep separate groups.
      .attr('name', controlId(ctx.fid, key))
      .attr('value', option)
      .on('change', () => send(ctx, key, option));
    bindState(input.node()!, key, o.label);
    label.append('span').text(o.text?.(option) ?? option);
    return input;
  });
  return {
    set(v) {
      for (const input of inputs) input.property('checked', input.attr('value') === v);
    },
  };
}

/** A checkbox for a boolean field; the label follows the box. */
export function checkbox<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, BoolField>,
  o: { label: string },
): Control<boolean> {
  const id = controlId(ctx.fid, key);
  const label = (parent as Parent).append('label').attr('for', id);
  const input = label
    .append('input')
    .attr('id', id)
    .attr('type', 'checkbox')
    .attr('name', key)
    .on('change', (e: Event) => send(ctx, key, (e.target as HTMLInputElement).checked));
  bindState(input.node()!, key, o.label);
  label.append('span').text(o.label);
  return { set: (v) => input.property('checked', v) };
}

export interface TextFieldOptions {
  label: string;
  /** Class of the <label> wrapping the field. */
  className?: string;
  /** Class of the <input> itself. */
  inputClass?: string;
  /** What the reader typed → the value sent (e.g. keep the last characters); defaults to as typed. */
  clean?(typed: string): string;
  /** Put the label before the field as a sibling instead of wrapping it. */
  separateLabel?: boolean;
  /** The input's form name, where it differs from the key (tests and autofill know it by it). */
  name?: string;
  /**
   * Leave the box alone while it has focus: for fields whose state is a cleaned copy of what was typed
   * (cut to its last or first characters), so the reader's text and caret are not replaced mid-typing.
   */
  keepWhileTyping?: boolean;
}

/** A text input for a text field, at most the field's maxLength characters unless `clean` says otherwise. */
export function textField<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, TextField>,
  o: TextFieldOptions,
): Control<string> & { node(): HTMLInputElement; labelText(text: string): void } {
  const f = ctx.schema[key] as TextField;
  const id = controlId(ctx.fid, key);
  const p = parent as Parent;
  const label = p
    .append('label')
    .attr('for', id)
    .attr('class', o.className ?? null);
  const name = label.append('span').text(o.label);
  const input = (o.separateLabel ? p : label)
    .append('input')
    .attr('id', id)
    .attr('type', 'text')
    .attr('name', o.name ?? key)
    .attr('class', o.inputClass ?? null)
    .attr('maxlength', o.clean ? null : f.maxLength)
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false')
    .on('input', (e: Event) => {
      const typed = (e.target as HTMLInputElement).value;
      send(ctx, key, o.clean ? o.clean(typed) : typed);
    });
  const el = input.node()!;
  bindState(el, key, o.label);
  return {
    set(v) {
      if (o.keepWhileTyping && document.activeElement === el) return;
      if (el.value !== v) el.value = v;
    },
    node: () => el,
    labelText(text) {
      name.text(text);
      el.setAttribute('data-state-label', text);
    },
  };
}

/**
 * A button that sets one or more keys (a preset, an example, shuffle): it carries data-state-key for all
 * of them, so a lock on any of them disables it. `patch` is read at click time.
 */
export function stateButton<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  keys: readonly (keyof S & string)[],
  o: { text: string; label: string; className?: string; patch(): Partial<StateOf<S>> },
): Selection<HTMLButtonElement, unknown, null, undefined> {
  const button = (parent as Parent)
    .append('button')
    .attr('type', 'button')
    .attr('class', o.className ?? null)
    .text(o.text)
    .on('click', () => ctx.dispatch(o.patch()));
  bindState(button.node()!, keys, o.label);
  return button;
}

/** The seed slider of every figure that draws or trains from a seed: whole numbers over the schema's range. */
export function seedSlider<S extends Schema>(
  parent: AnyParent,
  ctx: ViewContext<S>,
  key: KeyOfKind<S, IntField> = 'seed' as KeyOfKind<S, IntField>,
): Control<number> {
  return slider(parent, ctx, key, { label: 'Seed', step: 1 });
}
