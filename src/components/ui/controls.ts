// Labelled native controls for the chapter 3–5 figures: a range slider with its value, a select, a checkbox, a pause button. Native inputs keep keyboard and screen-reader behaviour for free.
import type { Selection } from 'd3-selection';
import type { TrainerStatus } from '../../engine/index.ts';
import type { TrainingRun } from '../training/trainingRun.ts';

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

/** What the pause button says in each state of a run: only a running or paused run can be toggled. */
export function pauseLabel(status: TrainerStatus | undefined): { text: string; enabled: boolean } {
  switch (status) {
    case 'running':
      return { text: 'Pause', enabled: true };
    case 'paused':
      return { text: 'Resume', enabled: true };
    case 'done':
      return { text: 'Finished', enabled: false };
    case 'diverged':
    case 'error':
    case 'cancelled':
      return { text: 'Stopped', enabled: false };
    default:
      return { text: 'Pause', enabled: false }; // starting
  }
}

/** A button that pauses a running run and resumes a paused one; its label follows the run's status. */
export function pauseButton(
  parent: Parent,
  o: { name: string; className?: string; run(): TrainingRun | null },
): { update(run: TrainingRun): void } {
  const button = parent
    .append('button')
    .attr('type', 'button')
    .attr('name', o.name)
    .attr('class', o.className ?? null)
    .text('Pause')
    .on('click', () => {
      const run = o.run();
      if (!run) return;
      if (run.running) run.pause();
      else if (run.status?.status === 'paused') run.start();
    });
  return {
    update(run) {
      const l = pauseLabel(run.status?.status);
      button.text(l.text).attr('disabled', l.enabled ? null : true);
    },
  };
}

/** The seed slider of every figure that draws or trains from a seed: whole numbers over the schema's range. */
export function seedSlider(
  parent: Parent,
  range: { min: number; max: number },
  onInput: (v: number) => void,
): Control<number> {
  return slider(parent, { label: 'Seed', name: 'seed', min: range.min, max: range.max, step: 1, onInput });
}
