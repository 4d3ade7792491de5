// The step-time figure's view (D3 only): the number of timed steps, the run bar, the log–log chart of milliseconds per step against length, and its readout.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { chartWidth } from '../../ui/chartWidth.ts';
import { slider } from '../../ui/controls.ts';
import { runBar } from '../../ui/runBar.ts';
import { RACER_NAME, RACERS } from '../../models/raceRacers.ts';
import { drawStepChart } from './drawStepChart.ts';
import type { StepTimeModel } from './model.ts';
import type { StepTimeSchema } from './state.ts';
import { CELLS } from './timingCells.ts';

export function stepTimeView(
  root: HTMLElement,
  _dispatch: Dispatch<StepTimeSchema>,
  ctx: ViewContext<StepTimeSchema>,
): WidgetView<StepTimeSchema, StepTimeModel> {
  const r = select(root).classed('step-time', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const reps = slider(c, ctx, 'reps', { label: 'Timed batches per cell' });
  // the run counts timed cells (model × length), not training steps
  const bar = runBar(r, { label: 'Timing', unit: 'cells' });
  const { W } = chartWidth(r);
  const svg = r.append('svg').attr('class', 'st-chart').attr('viewBox', `0 0 ${W} 250`).attr('role', 'img');
  const legend = r.append('ul').attr('class', 'st-legend').attr('aria-hidden', 'true');
  for (const racer of RACERS) {
    const li = legend.append('li');
    li.append('span').attr('class', `st-key tr-${racer}`);
    li.append('span').text(RACER_NAME[racer]);
  }
  const readout = r.append('p').attr('class', 'st-readout').attr('aria-live', 'polite');
  return {
    update(m, s) {
      reps.set(s.reps);
      bar.update(m.run);
      const part = m.run.parts[0];
      bar.status.text(
        part.status?.status === 'error'
          ? `The timing worker failed: ${part.status.message ?? 'unknown error'}`
          : `Timed ${part.timings.length} of ${CELLS.length} cells on this machine.`,
      );
      const text = m.text();
      drawStepChart(svg, m.chart(W));
      svg.attr(
        'aria-label',
        `Milliseconds per training step against sequence length, log–log, measured in your browser. ${text}`,
      );
      readout.text(text);
      root.dataset.timed = String(part.timings.length);
    },
  };
}
