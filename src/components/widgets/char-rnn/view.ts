// The char-RNN view (D3 only): learning rate, hidden size, seed and cores, the run bar, the run's status, its loss curve and the samples it writes as it learns.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { statusText } from '../../training/trainingRun.ts';
import { type CharRnnModel, MAX_STEPS, UNIFORM_LOSS } from './model.ts';
import type { CharRnnSchema } from './state.ts';

export function charRnnView(
  root: HTMLElement,
  _dispatch: Dispatch<CharRnnSchema>,
  ctx: ViewContext<CharRnnSchema>,
): WidgetView<CharRnnSchema, CharRnnModel> {
  const r = select(root).classed('char-rnn', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const lr = slider(c, ctx, 'lr', { label: 'Learning rate', step: 0.001 });
  const hidden = slider(c, ctx, 'hidden', { label: 'Hidden size', step: 4 });
  const seed = seedSlider(c, ctx);
  const workers = slider(c, ctx, 'workers', { label: 'Cores' });
  const bar = runBar(r, { statusClass: 'cr-status' });
  const chart = lossChart(r, { label: 'Training loss', xLabel: 'training step', log: false });
  r.append('p').attr('class', 'cr-samples-head').text('What the network writes, starting from “t”:');
  const list = r.append('ol').attr('class', 'cr-samples');

  const draw = (m: CharRnnModel) => {
    bar.update(m.run);
    const run = m.run.parts[0];
    const s = run.status?.status;
    bar.status.classed('cr-diverged', s === 'diverged').text(statusText(run.status, MAX_STEPS));
    const last = run.points[run.points.length - 1];
    chart.update(
      [
        {
          name: 'training loss (cross-entropy, nats)',
          cls: 'lc-1',
          points: run.points.map((p) => [p.step, p.loss]),
        },
      ],
      MAX_STEPS,
      `Training loss by step${last ? `: ${last.loss.toFixed(2)} at step ${last.step}` : ''}, against ${UNIFORM_LOSS.toFixed(2)} for uniform guessing`,
      { y: UNIFORM_LOSS, label: `guessing uniformly: ln V = ${UNIFORM_LOSS.toFixed(2)}` },
    );
    const li = list
      .selectAll('li')
      .data(run.samples, (d) => (d as { step: number }).step)
      .join((enter) => {
        const e = enter.append('li');
        e.append('span').attr('class', 'cr-step');
        e.append('q').attr('class', 'cr-text');
        return e;
      });
    li.select('.cr-step').text((d) => `step ${d.step}${d.step === 0 ? ' (untrained)' : ''}: `);
    li.select('.cr-text').text((d) => d.text);
  };

  return {
    update(m, s) {
      lr.set(s.lr, s.lr.toFixed(3));
      hidden.set(s.hidden);
      seed.set(s.seed);
      workers.set(s.workers);
      draw(m);
    },
  };
}
