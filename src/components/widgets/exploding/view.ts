// The exploding-gradient view (D3 only): the clipping toggle and its settings, pause/resume, the run's status, and its loss and gradient norm on log scales.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { checkbox, seedSlider, slider } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { sci } from '../../ui/sci.ts';
import { statusText } from '../../training/trainingRun.ts';
import { type ExplodingModel, MAX_STEPS } from './model.ts';
import type { ExplodingSchema } from './state.ts';

export function explodingView(
  root: HTMLElement,
  _dispatch: Dispatch<ExplodingSchema>,
  ctx: ViewContext<ExplodingSchema>,
): WidgetView<ExplodingSchema, ExplodingModel> {
  const r = select(root).classed('exploding', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const clip = checkbox(c, ctx, 'clip', { label: 'Clip the gradient norm' });
  const maxNorm = slider(c, ctx, 'maxNorm', { label: 'at', step: 0.1 });
  const lr = slider(c, ctx, 'lr', { label: 'Learning rate', step: 0.005 });
  const seed = seedSlider(c, ctx);
  const bar = runBar(r, { statusClass: 'ex-status', pauseClass: 'ex-pause' });
  const lossC = lossChart(r, { label: 'Training loss', xLabel: 'training step', log: true });
  const normC = lossChart(r, { label: 'Gradient norm', xLabel: 'training step', log: true });

  const draw = (m: ExplodingModel) => {
    bar.update(m.run);
    const run = m.run.parts[0];
    const s = run.status?.status;
    const diverged = s === 'diverged';
    bar.status.classed('ex-diverged', diverged).text(statusText(run.status, MAX_STEPS));
    const last = run.points[run.points.length - 1];
    const xMax = Math.max(last?.step ?? 0, diverged ? 10 : MAX_STEPS);
    lossC.update(
      [{ name: 'loss (mean squared error)', cls: 'lc-1', points: run.points.map((p) => [p.step, p.loss]) }],
      xMax,
      `Training loss by step${last ? `: ${sci(last.loss)} at step ${last.step}` : ''}`,
    );
    normC.update(
      [{ name: '‖∂L/∂θ‖ before clipping', cls: 'lc-2', points: run.points.map((p) => [p.step, p.gradNorm]) }],
      xMax,
      `Gradient norm by step${last ? `: ${sci(last.gradNorm)} at step ${last.step}` : ''}`,
      m.clip ? { y: m.maxNorm, label: `clipping threshold ${m.maxNorm}` } : undefined,
    );
  };

  return {
    update(m, s) {
      clip.set(s.clip);
      maxNorm.set(s.maxNorm, s.maxNorm.toFixed(1));
      lr.set(s.lr, s.lr.toFixed(3));
      seed.set(s.seed);
      draw(m);
    },
  };
}
