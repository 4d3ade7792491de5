// The length-curves view (D3 only): seed, measure, the run bar; each model's status; held-out accuracy against input length for all three models on one chart.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { accuracyChart, accuracyText } from '../../ui/accuracyChart.ts';
import { runStatusText } from '../../training/datesRun.ts';
import { choice, seedSlider } from '../../ui/controls.ts';
import { runBar } from '../../ui/runBar.ts';
import { type LengthCurvesModel, MODELS } from './model.ts';
import type { LengthCurvesSchema } from './state.ts';

export function lengthCurvesView(
  root: HTMLElement,
  _dispatch: Dispatch<LengthCurvesSchema>,
  ctx: ViewContext<LengthCurvesSchema>,
): WidgetView<LengthCurvesSchema, LengthCurvesModel> {
  const r = select(root).classed('length-curves', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const task = choice(c, ctx, 'task', { label: 'Task' });
  const measure = choice(c, ctx, 'measure', { label: 'Measure' });
  const seed = seedSlider(c, ctx);
  const bar = runBar(r, { pauseClass: 'dr-pause', label: 'The three runs' });
  const list = r.append('ul').attr('class', 'lcv-status').attr('aria-live', 'polite');
  const chart = accuracyChart(r, 'Held-out accuracy against input length for three models');

  const draw = (m: LengthCurvesModel) => {
    bar.update(m.run);
    list
      .selectAll('li')
      .data(m.run.parts)
      .join('li')
      .text((run, i) => `${MODELS[i].name}: ${runStatusText(run)}`);
    const series = m.run.parts.map((_, i) => ({
      name: MODELS[i].name,
      cls: MODELS[i].cls,
      bands: m.bands(i),
      measure: m.measure,
    }));
    const rev = m.task === 'reverse';
    chart.update(
      series,
      `${rev ? 'Held-out sequences' : 'Held-out dates'}: ${m.measure === 'exact' ? 'exact match' : 'per-character accuracy'} against input length. ${accuracyText(series, rev ? 'digits' : 'characters')}`,
      rev ? [1, 13] : [5, 45],
      rev ? 'sequence length (digits), held-out sequences' : undefined,
    );
  };

  return {
    update(m, s) {
      task.set(s.task);
      measure.set(s.measure);
      seed.set(s.seed);
      draw(m);
    },
  };
}
