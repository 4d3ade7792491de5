// Labelled native controls for the chapter 3–5 figures: a range slider with its value, a select, a checkbox. Native inputs keep keyboard and screen-reader behaviour for free.
import type { Selection } from 'd3-selection';

type Parent = Selection<HTMLDivElement, unknown, null, undefined>;

export interface Control<T> {
  set(value: T, shown?: string): void;
}

let counter = 0;

export function slider(
  parent: Parent,
  o: { label: string; name: string; min: number; max: number; step: number; onInput(v: number): void },
): Control<number> {
  const id = `rc-${o.name}-${++counter}`;
  const label = parent.append('label').attr('for', id);
  label.append('span').text(o.label);
  const input = label
    .append('input')
    .attr('id', id)
    .attr('type', 'range')
    .attr('name', o.name)
    .attr('min', o.min)
    .attr('max', o.max)
    .attr('step', o.step)
    .on('input', (e: Event) => o.onInput(Number((e.target as HTMLInputElement).value)));
  const out = label.append('output').attr('for', id);
  return {
    set(v, shown) {
      input.property('value', v);
      out.text(shown ?? String(v));
    },
  };
}

export function choice<T extends string>(
  parent: Parent,
  o: { label: string; name: string; options: readonly T[]; onChange(v: T): void },
): Control<T> {
  const id = `rc-${o.name}-${++counter}`;
  const label = parent.append('label').attr('for', id);
  label.append('span').text(o.label);
  const select = label
    .append('select')
    .attr('id', id)
    .attr('name', o.name)
    .on('change', (e: Event) => o.onChange((e.target as HTMLSelectElement).value as T));
  select
    .selectAll('option')
    .data(o.options)
    .join('option')
    .attr('value', (d) => d)
    .text((d) => d);
  return { set: (v) => select.property('value', v) };
}

export function checkbox(
  parent: Parent,
  o: { label: string; name: string; onChange(v: boolean): void },
): Control<boolean> {
  const id = `rc-${o.name}-${++counter}`;
  const label = parent.append('label').attr('for', id);
  const input = label
    .append('input')
    .attr('id', id)
    .attr('type', 'checkbox')
    .attr('name', o.name)
    .on('change', (e: Event) => o.onChange((e.target as HTMLInputElement).checked));
  label.append('span').text(o.label);
  return { set: (v) => input.property('checked', v) };
}

/** The seed slider of every figure that draws or trains from a seed: whole numbers over the schema's range. */
export function seedSlider(
  parent: Parent,
  range: { min: number; max: number },
  onInput: (v: number) => void,
): Control<number> {
  return slider(parent, { label: 'Seed', name: 'seed', min: range.min, max: range.max, step: 1, onInput });
}
