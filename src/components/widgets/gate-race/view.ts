// The race's view (D3 only): lag and seed, one status line per cell, the verdict, and the three loss curves on one log chart.
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import { slider } from '../rnn-common/controls.ts';
import { lossChart } from '../rnn-common/lossChart.ts';
import { statusText } from '../rnn-common/trainingRun.ts';
import { type GateRaceModel, MAX_STEPS, SYMBOLS } from './model.ts';
import { type GateRaceSchema, gateRaceSchema as S } from './state.ts';
import { CELL_NAME, CELLS, type Outcome } from './verdict.ts';

const CLS = { rnn: 'lc-1', lstm: 'lc-2', gru: 'lc-3' } as const;
const OUTCOME: Record<Outcome, string> = {
  learned: 'learned',
  chance: 'near chance',
  partial: 'part way',
  stopped: 'stopped',
  running: '',
};

export function gateRaceView(
  root: HTMLElement,
  dispatch: Dispatch<GateRaceSchema>,
): WidgetView<GateRaceSchema, GateRaceModel> {
  const r = select(root).classed('gate-race', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const lag = slider(c, {
    label: 'Lag T',
    name: 'lag',
    min: S.lag.min,
    max: S.lag.max,
    step: 1,
    onInput: (v) => dispatch({ lag: v }),
  });
  const seed = slider(c, {
    label: 'Seed',
    name: 'seed',
    min: S.seed.min,
    max: S.seed.max,
    step: 1,
    onInput: (v) => dispatch({ seed: v }),
  });
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
  const chart = lossChart(r, {
    label: 'Training loss of the three cells',
    xLabel: 'training step',
    log: true,
  });

  let current: GateRaceModel | null = null;
  let offs: (() => void)[] = [];
  let verdictMs: number | null = null;

  const draw = () => {
    const m = current;
    if (!m) return;
    const o = m.outcomes();
    for (const cell of CELLS) {
      const run = m.runs[cell];
      const last = run.points[run.points.length - 1];
      const st = run.status?.status;
      const base = statusText(run.status, MAX_STEPS);
      const loss = last && st !== 'diverged' ? `, loss ${last.loss.toFixed(2)}` : '';
      const out = OUTCOME[o[cell]];
      rows[cell]
        .classed('gr-diverged', st === 'diverged' || st === 'error')
        .text(
          `${base}${st === 'running' && last ? ` (step ${last.step})` : ''}${loss}${out ? `: ${out}` : ''}`,
        );
    }
    const v = m.verdict();
    if (v.kind !== 'pending' && verdictMs === null) verdictMs = performance.now() - m.started;
    r.attr('data-verdict', v.kind);
    verdictP
      .classed('gr-final', v.kind !== 'pending')
      .text(
        v.kind === 'pending' || verdictMs === null
          ? v.text
          : `${v.text} (reached in ${(verdictMs / 1000).toFixed(1)} s)`,
      );
    const xMax = Math.max(MAX_STEPS, ...CELLS.map((cell) => m.runs[cell].points.at(-1)?.step ?? 0));
    chart.update(
      CELLS.map((cell) => ({
        name: CELL_NAME[cell],
        cls: CLS[cell],
        points: m.runs[cell].points.map((p) => [p.step, p.loss] as [number, number]),
      })),
      xMax,
      `Training loss of the RNN, LSTM and GRU at lag ${m.lag}. ${v.text}`,
      { y: Math.log(SYMBOLS), label: `guessing: ln ${SYMBOLS}` },
    );
  };

  // Every training step reports, three workers at once: redraw at most once a frame.
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
  };

  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    for (const off of offs) off();
    offs = [];
    if (current) for (const cell of CELLS) current.runs[cell].dispose();
  };

  return {
    update(m, s) {
      lag.set(s.lag);
      seed.set(s.seed);
      if (current !== m) {
        stop();
        current = m;
        verdictMs = null;
        offs = CELLS.map((cell) => m.runs[cell].onChange(schedule));
      }
      draw();
    },
    destroy: stop,
  };
}
