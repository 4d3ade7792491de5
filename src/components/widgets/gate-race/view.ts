// The race's view (D3 only): lag and seed, the run bar, one status line per cell, the verdict, and the three loss curves on one log chart.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { sci } from '../../ui/sci.ts';
import { statusText } from '../../training/trainingRun.ts';
import { type GateRaceModel, MAX_STEPS, SYMBOLS } from './model.ts';
import type { GateRaceSchema } from './state.ts';
import { CELL_NAME, CELLS, type Outcome } from './verdict.ts';

const CLS = { rnn: 'lc-1', lstm: 'lc-2', gru: 'lc-3' } as const;
/** A run that blows up reaches losses near 10³⁰⁰; the chart stops at this so the other curves stay readable. */
const LOSS_CAP = 10;

const OUTCOME: Record<Outcome, string> = {
  learned: 'learned',
  chance: 'near chance',
  partial: 'part way',
  // the status already says the run stopped and why
  stopped: '',
  running: '',
};

export function gateRaceView(
  root: HTMLElement,
  _dispatch: Dispatch<GateRaceSchema>,
  ctx: ViewContext<GateRaceSchema>,
): WidgetView<GateRaceSchema, GateRaceModel> {
  const r = select(root).classed('gate-race', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const lag = slider(c, ctx, 'lag', { label: 'Lag T' });
  const seed = seedSlider(c, ctx);
  const bar = runBar(r, { label: 'The race' });
  const list = r.append('ul').attr('class', 'gr-runs');
  const rows = Object.fromEntries(
    CELLS.map((cell) => {
      const li = list.append('li').attr('data-cell', cell);
      li.append('span').attr('class', `gr-key ${CLS[cell]}`).attr('aria-hidden', 'true');
      li.append('strong').text(`${CELL_NAME[cell]}: `);
      return [cell, li.append('span').attr('class', 'gr-status')];
    }),
  );
  const verdictP = r.append('p').attr('class', 'gr-verdict').attr('aria-live', 'polite');
  const capNote = r.append('p').attr('class', 'gr-note');
  const chart = lossChart(r, {
    label: 'Training loss of the three cells',
    xLabel: 'training step',
    log: true,
    // keyed in HTML above the chart: each cell's status line, and the caption's dashed guessing line
    key: false,
  });

  // The verdict's time is the race's training time when the verdict first showed, for this start of the race.
  let timed: readonly unknown[] | null = null;
  let verdictSeconds: number | null = null;

  const draw = (m: GateRaceModel) => {
    bar.update(m.run);
    if (timed !== m.run.parts) {
      timed = m.run.parts;
      verdictSeconds = null;
    }
    const o = m.outcomes();
    for (const cell of CELLS) {
      const run = m.cell(cell);
      const last = run.points[run.points.length - 1];
      const st = run.status?.status;
      const base = statusText(run.status, MAX_STEPS);
      const loss =
        last && st !== 'diverged' ? `, loss ${last.loss < 1000 ? last.loss.toFixed(2) : sci(last.loss)}` : '';
      const out = OUTCOME[o[cell]];
      rows[cell]
        .classed('gr-diverged', st === 'diverged' || st === 'error')
        .text(
          `${base}${st === 'running' && last ? ` (step ${last.step})` : ''}${loss}${out ? `: ${out}` : ''}`,
        );
    }
    const v = m.verdict();
    if (v.kind !== 'pending' && verdictSeconds === null) verdictSeconds = m.run.seconds;
    r.attr('data-verdict', v.kind);
    verdictP
      .classed('gr-final', v.kind !== 'pending')
      .text(
        v.kind === 'pending' || verdictSeconds === null
          ? v.text
          : `${v.text} (reached in ${verdictSeconds.toFixed(1)} s)`,
      );
    const capped = CELLS.some((cell) => m.cell(cell).points.some((p) => p.loss > LOSS_CAP));
    capNote.text(
      capped ? `Losses above ${LOSS_CAP} (a run blowing up) are drawn at the chart’s top edge.` : '',
    );
    const xMax = Math.max(MAX_STEPS, ...CELLS.map((cell) => m.cell(cell).points.at(-1)?.step ?? 0));
    chart.update(
      CELLS.map((cell) => ({
        name: CELL_NAME[cell],
        cls: CLS[cell],
        points: m.cell(cell).points.map((p) => [p.step, Math.min(p.loss, LOSS_CAP)] as [number, number]),
      })),
      xMax,
      `Training loss of the RNN, LSTM and GRU at lag ${m.lag}. ${v.text}${capped ? ` Losses above ${LOSS_CAP} are drawn at the top edge.` : ''}`,
      { y: Math.log(SYMBOLS), label: `guessing: ln ${SYMBOLS}` },
    );
  };

  return {
    update(m, s) {
      lag.set(s.lag);
      seed.set(s.seed);
      draw(m);
    },
  };
}
