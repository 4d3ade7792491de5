// The typed-context controls shared by the next-word and context-explorer figures (D3 only): a text field,
// a "how many" slider and example contexts as buttons. Both figures' state has `text` and `top`; the
// styles are in ContextControlsStyles.astro.
import type { Selection } from 'd3-selection';

type Root = Selection<HTMLElement, unknown, null, undefined>;

export interface ContextControlsOptions {
  /** Fallback for the field's id when the figure has none. */
  prefix: string;
  textLabel: string;
  topLabel: string;
  /** Longest text a link keeps; typing beyond it keeps the last characters (only the last words count). */
  maxLength: number;
  top: { min: number; max: number };
  examples: readonly string[];
  onText(text: string): void;
  onTop(top: number): void;
}

export interface ContextControls {
  /** Shows the state; leaves the field alone while the reader is typing in it. */
  set(text: string, top: number): void;
}

export function contextControls(r: Root, o: ContextControlsOptions): ContextControls {
  const controls = r.append('div').attr('class', 'widget-controls');
  const id = `${r.node()?.closest('figure')?.id ?? o.prefix}-text`;
  controls
    .append('label')
    .attr('for', id)
    .attr('class', `${o.prefix}-field`)
    .append('span')
    .text(o.textLabel);
  const input = controls
    .append('input')
    .attr('id', id)
    .attr('data-state-key', 'text')
    .attr('type', 'text')
    .attr('spellcheck', 'false')
    .attr('autocomplete', 'off')
    .attr('class', 'context-input')
    .on('input', (event: Event) => o.onText((event.target as HTMLInputElement).value.slice(-o.maxLength)));
  const topLabel = controls.append('label');
  topLabel.append('span').text(o.topLabel);
  const top = topLabel
    .append('input')
    .attr('type', 'range')
    .attr('data-state-key', 'top')
    .attr('min', o.top.min)
    .attr('max', o.top.max)
    .attr('step', 1)
    .on('input', (event: Event) => o.onTop(Number((event.target as HTMLInputElement).value)));
  const topValue = topLabel.append('output');

  const examples = r.append('div').attr('class', 'context-examples');
  examples.append('span').attr('class', 'widget-note').text('Try: ');
  examples
    .selectAll('button')
    .data(o.examples)
    .join('button')
    .attr('type', 'button')
    // An assignment that locks the text locks these too.
    .attr('data-state-key', 'text')
    .text((d) => `"${d}"`)
    .on('click', (_e, d) => o.onText(d));

  return {
    set(text, n) {
      const el = input.node();
      if (el && document.activeElement !== el) el.value = text;
      top.property('value', n);
      topValue.text(n);
    },
  };
}
