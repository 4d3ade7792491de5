// The race's view (D3 only): lag and seed, one status line per cell, the verdict, and the three loss curves on one log chart.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { sci } from '../../ui/sci.ts';
import { statusText } from '../../training/trainingRun.ts';
import { type GateRaceModel, MAX_STEPS, SYMBOLS } from './model.ts';
import type { GateRaceSchema } from './state.ts';
import { CELL_NAME, CELLS, type Outcome } from './verdict.ts';

const CLS = { rnn: 'lc-1', lstm: 'lc-2', gru: 'lc-3' } as const;
/** A run that blows up reaches losses near 10³⁰⁰; the chart stops at this so the other curves stay readable. */
const LOSS_CAP = 10;

/** Milliseconds between redraws while the runs report every step. */
export const REDRAW_MS = 250;

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
    if (v.kind !== 'pending' && verdictMs === null) verdictMs = performance.now() - m.started;
    r.attr('data-verdict', v.kind);
    verdictP
      .classed('gr-final', v.kind !== 'pending')
      .text(
        v.kind === 'pending' || verdictMs === null
          ? v.text
          : `${v.text} (reached in ${(verdictMs / 1000).toFixed(1)} s)`,
      );
    const capped = CELLS.some((cell) => m.runs[cell].points.some((p) => p.loss > LOSS_CAP));
    capNote.text(
      capped ? `Losses above ${LOSS_CAP} (a run blowing up) are drawn at the chart’s top edge.` : '',
    );
    const xMax = Math.max(MAX_STEPS, ...CELLS.map((cell) => m.runs[cell].points.at(-1)?.step ?? 0));
    chart.update(
      CELLS.map((cell) => ({
        name: CELL_NAME[cell],
        cls: CLS[cell],
        points: m.runs[cell].points.map((p) => [p.step, Math.min(p.loss, LOSS_CAP)] as [number, number]),
      })),
      xMax,
      `Training loss of the RNN, LSTM and GRU at lag ${m.lag}. ${v.text}${capped ? ` Losses above ${LOSS_CAP} are drawn at the top edge.` : ''}`,
      { y: Math.log(SYMBOLS), label: `guessing: ln ${SYMBOLS}` },
    );
  };

  // Every training step reports, three workers at once. Redrawing every frame repainted the chart about
  // 60 times a second while the three workers held both cores, and single frames then ran past 50 ms
  // (measured with scripts/race-profile.mjs): while a run is going, redraw at most every REDRAW_MS; a
  // change of status (done, overflow) is drawn on the next frame.
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDraw = 0;
  let lastStatuses = '';
  const drawNow = () => {
    frame = 0;
    timer = undefined;
    lastDraw = performance.now();
    draw();
  };
  const schedule = () => {
    if (frame || !current) return;
    const statuses = CELLS.map((cell) => current?.runs[cell].status?.status ?? '').join();
    const changed = statuses !== lastStatuses;
    lastStatuses = statuses;
    const wait = changed ? 0 : REDRAW_MS - (performance.now() - lastDraw);
    if (wait <= 0) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      frame = requestAnimationFrame(drawNow);
    } else if (timer === undefined) timer = setTimeout(() => (frame = requestAnimationFrame(drawNow)), wait);
  };

  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = 0;
    timer = undefined;
    lastStatuses = '';
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
