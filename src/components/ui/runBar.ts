// The pause button and status line of a figure that trains one DatesRun (D3 only), and the bookkeeping that keeps the figure listening to its model's current run.
import type { Selection } from 'd3-selection';
import { type DatesRun, runStatusText } from '../training/datesRun.ts';

export interface RunBar {
  /**
   * Follows `run`. A new run replaces the old one: the old one is no longer listened to and is
   * disposed (its worker stops), so a figure never trains two runs for one setting.
   */
  follow(run: DatesRun): void;
  /** Shows the followed run's status, and a button that pauses it while running and resumes it when paused. */
  show(): void;
  destroy(): void;
}

/** Appends a `.widget-controls` row with `.dr-pause` and `.dr-status` to `parent`; `onChange` is called on every change of the followed run. */
export function runBar(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  onChange: () => void,
): RunBar {
  const bar = parent.append('div').attr('class', 'widget-controls');
  let run: DatesRun | null = null;
  let off: (() => void) | null = null;
  const pause = bar
    .append('button')
    .attr('type', 'button')
    .attr('class', 'dr-pause')
    .text('Pause')
    .on('click', () => {
      if (!run) return;
      if (run.running) run.pause();
      else run.start();
    });
  const status = bar.append('p').attr('class', 'dr-status').attr('aria-live', 'polite');
  return {
    follow(next) {
      if (next === run) return;
      off?.();
      run?.dispose();
      off = next.onChange(onChange);
      run = next;
    },
    show() {
      if (!run) return;
      status.text(runStatusText(run));
      pause
        .text(run.running ? 'Pause' : 'Resume')
        .attr('disabled', run.status?.status === 'paused' || run.running ? null : true);
    },
    destroy() {
      off?.();
      run?.dispose();
    },
  };
}
