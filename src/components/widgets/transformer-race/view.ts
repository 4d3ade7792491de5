// The finished race's view (D3 only): the task, the recorded accuracy table with the chosen cell marked, the racer and lag (or length) to train again, the run bar, and the live run against the recording.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { statusText } from '../../training/trainingRun.ts';
import { choice } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { percent, tableRows } from './accuracyTable.ts';
import {
  RACE_TASK_NAME,
  RACER_NAME,
  type Racer,
  type RaceTask,
  REVERSAL_DIGITS,
  STEPS,
  SYMBOLS,
} from '../../models/raceRacers.ts';
import type { RaceLagsModel } from './model.ts';
import type { RaceLagsSchema } from './state.ts';
import { accuracyTable } from './tableView.ts';

export function raceLagsView(
  root: HTMLElement,
  _dispatch: Dispatch<RaceLagsSchema>,
  ctx: ViewContext<RaceLagsSchema>,
): WidgetView<RaceLagsSchema, RaceLagsModel> {
  const r = select(root).classed('transformer-race', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const task = choice(c, ctx, 'task', { label: 'Task', text: (o) => RACE_TASK_NAME[o as RaceTask] });
  const table = accuracyTable(r);
  const cc = r.append('div').attr('class', 'widget-controls');
  const racer = choice(cc, ctx, 'racer', { label: 'Model', text: (o) => RACER_NAME[o as Racer] });
  // only the chosen task's column control is shown; each keeps its own setting in the URL
  const lagBox = cc.append('span').attr('class', 'tr-column');
  const lag = choice(lagBox, ctx, 'lag', { label: 'Lag T' });
  const lengthBox = cc.append('span').attr('class', 'tr-column');
  const length = choice(lengthBox, ctx, 'length', { label: 'Longest length n' });
  const bar = runBar(r, { label: 'Train this cell again' });
  const live = r.append('p').attr('class', 'rl-live').attr('aria-live', 'polite');
  const match = r.append('p').attr('class', 'rl-match');
  const chart = lossChart(r, {
    label: 'Live training loss against the recording',
    xLabel: 'training step',
    log: true,
  });

  return {
    update(m, s) {
      task.set(s.task);
      racer.set(s.racer);
      lag.set(s.lag);
      length.set(s.length);
      const longLag = m.task === 'long-lag';
      lagBox.style('display', longLag ? 'contents' : 'none');
      lengthBox.style('display', longLag ? 'none' : 'contents');
      table.update(m.task, tableRows(m.recorded.race, m.task), m.racer, m.at);
      bar.update(m.run);
      const run = m.run.parts[0];
      const last = run.points[run.points.length - 1];
      const name = RACER_NAME[m.racer];
      const { cell } = m.recorded;
      const where = longLag ? `at lag ${m.at}` : `reversing up to ${m.at} digits`;
      const scored = longLag ? 'accuracy' : 'exact match';
      const tokens = (d: number | null | undefined) =>
        longLag || d === null || d === undefined ? '' : ` (${percent(d)} of tokens)`;
      live.text(
        `${name} ${where}, live: ${statusText(run.status, STEPS)}${last ? `, step ${last.step}, loss ${last.loss.toFixed(4)}` : ''}.` +
          (run.heldOut === null
            ? ` Recorded held-out ${scored}: ${percent(cell.accuracy)}${tokens(cell.digit)}.`
            : ` Held-out ${scored}: ${percent(run.heldOut.accuracy)}${tokens(run.heldOut.digit)} live, ${percent(cell.accuracy)}${tokens(cell.digit)} recorded.`),
      );
      const a = m.agreement();
      root.dataset.matched = String(a.matched);
      root.dataset.compared = String(a.compared);
      root.dataset.liveAccuracy = run.heldOut === null ? '' : String(run.heldOut.accuracy);
      match.text(
        a.compared === 0
          ? `The live run's losses will be set beside the ${m.recorded.points.length} recorded ones (steps 1–5 and every ${m.recorded.race.lossEvery}).`
          : a.firstDiffering === null
            ? `Its losses match the recording to 4 digits at all ${a.compared} recorded steps${a.compared < m.recorded.points.length ? ' so far' : ''}: the same code, the same seed.`
            : `${a.matched} of ${a.compared} recorded losses match to 4 digits; the first difference is at step ${a.firstDiffering} (rounding in another kernel can do this, and grows over steps).`,
      );
      chart.update(
        [
          {
            name: 'live',
            cls: 'tr-live',
            points: run.points.map((p) => [p.step, p.loss] as [number, number]),
          },
          { name: 'recorded (steps 1–5, then every 50)', cls: 'tr-rec', points: m.recorded.points },
        ],
        STEPS,
        `Training loss of the ${name} ${where}: live against the recording, log scale. ${live.text()}`,
        longLag
          ? { y: Math.log(SYMBOLS), label: `guessing: ln ${SYMBOLS}` }
          : { y: Math.log(REVERSAL_DIGITS), label: `guessing a digit: ln ${REVERSAL_DIGITS}` },
      );
    },
  };
}
