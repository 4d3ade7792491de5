// The run bar every training figure shows (D3 only): pause/resume, "Train again" once the run has ended,
// a progress bar with the steps, the time left and the cores the run uses, and the widget's own status line below.
import type { Selection } from 'd3-selection';
import type { FigureRun } from '../training/figureRun.ts';
import { coresText, pauseLabel, runProgressText } from './runText.ts';

type Parent =
  | Selection<HTMLElement, unknown, null, undefined>
  | Selection<HTMLDivElement, unknown, null, undefined>;

export interface RunBar {
  /** The widget's status line (`.run-status` plus `statusClass`): the widget writes what its run means. */
  readonly status: Selection<HTMLParagraphElement, unknown, null, undefined>;
  /** Draws the run's state and progress, and makes the buttons act on this run. */
  update(run: FigureRun): void;
}

/** Appends a `.run-bar` to `parent`. The buttons act on the run last drawn; they never touch a worker themselves. */
export function runBar(
  parent: Parent,
  o: { statusClass?: string; pauseClass?: string; label?: string; unit?: string } = {},
): RunBar {
  const bar = (parent as Selection<HTMLElement, unknown, null, undefined>)
    .append('div')
    .attr('class', 'run-bar widget-controls')
    .attr('role', 'group')
    .attr('aria-label', o.label ?? 'Training');
  let run: FigureRun | null = null;
  const pause = bar
    .append('button')
    .attr('type', 'button')
    .attr('name', 'pause')
    .attr('class', `run-pause${o.pauseClass ? ` ${o.pauseClass}` : ''}`)
    .text('Pause')
    .on('click', () => {
      if (!run) return;
      if (run.state === 'paused') run.resume();
      else run.pause();
    });
  const again = bar
    .append('button')
    .attr('type', 'button')
    .attr('name', 'again')
    .attr('class', 'run-again')
    .text('Train again')
    .property('hidden', true)
    .on('click', () => run?.again());
  const meter = bar.append('div').attr('class', 'run-meter');
  const progress = meter
    .append('progress')
    .attr('class', 'run-progress')
    .attr('aria-label', 'Training progress');
  const words = meter.append('div').attr('class', 'run-words');
  const text = words.append('span').attr('class', 'run-progress-text');
  // how many cores the run trains on (data parallel above one); hidden until its worker says
  const cores = words.append('span').attr('class', 'run-cores').property('hidden', true);
  const status = bar
    .append('p')
    .attr('class', `run-status${o.statusClass ? ` ${o.statusClass}` : ''}`)
    .attr('aria-live', 'polite');

  return {
    status,
    update(next) {
      run = next;
      const state = next.state;
      const label = pauseLabel(state);
      const hadFocus = document.activeElement === pause.node();
      pause.text(label.text).property('hidden', !label.shown);
      again.property('hidden', label.shown);
      // the button the reader pressed may vanish; keep the keyboard where it was
      if (hadFocus && !label.shown) again.node()?.focus();
      const p = next.progress;
      progress.attr('max', Math.max(1, p.total)).attr('value', p.step);
      text.text(runProgressText(next, o.unit));
      const c = coresText(next.cores, next.kernel);
      cores.text(c).property('hidden', c === '');
      bar.attr('data-run', state);
    },
  };
}
