// The gate inspector's view (D3 only): step and unit sliders, gate pins, one colour strip per quantity (values on hover and focus), the equations with live numbers, and C over time.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { checkbox, seedSlider, slider } from '../../ui/controls.ts';
import { num, sub, swatch } from '../../ui/strip.ts';
import { colourLegend, extremes } from './legend.ts';
import type { GateInspectorModel, StepValues } from './model.ts';
import type { GateInspectorSchema } from './state.ts';

const ROWS: { key: keyof Omit<StepValues, 'pinned' | 'cPrev'>; name: string; what: string }[] = [
  { key: 'f', name: 'f', what: 'forget gate' },
  { key: 'i', name: 'i', what: 'input gate' },
  { key: 'o', name: 'o', what: 'output gate' },
  { key: 'g', name: 'C̃', what: 'candidate' },
  { key: 'c', name: 'C', what: 'cell state' },
  { key: 'h', name: 'h', what: 'hidden state' },
];

export function gateInspectorView(
  root: HTMLElement,
  _dispatch: Dispatch<GateInspectorSchema>,
  ctx: ViewContext<GateInspectorSchema>,
): WidgetView<GateInspectorSchema, GateInspectorModel> {
  const r = select(root).classed('gate-inspector', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const t = slider(c, ctx, 't', { label: 'Step t' });
  const unit = slider(c, ctx, 'unit', { label: 'Unit j' });
  // The weights are drawn from the seed; without a slider a link or an assignment could set it unseen.
  const seed = seedSlider(c, ctx);
  const c2 = r.append('div').attr('class', 'widget-controls');
  const pinF = checkbox(c2, ctx, 'pinF', { label: 'pin f = 1' });
  const pinI = checkbox(c2, ctx, 'pinI', { label: 'pin i = 0' });
  const pinFrom = slider(c2, ctx, 'pinFrom', { label: 'from step' });
  const grid = r.append('div').attr('class', 'gi-strips');
  const rows = ROWS.map((row) => {
    const div = grid.append('div').attr('class', 'gi-row').attr('tabindex', 0).attr('data-row', row.key);
    div.append('span').attr('class', 'gi-name').text(row.name);
    const sq = div.append('span').attr('class', 'gi-squares');
    div.append('span').attr('class', 'gi-what').text(row.what);
    div.on('focus', () => hover.text(div.attr('aria-label'))).on('blur', () => hover.text(''));
    return { row, div, sq };
  });
  const stripKey = colourLegend(r);
  const hover = r.append('p').attr('class', 'gi-hover').attr('aria-live', 'polite');
  const eq = r.append('div').attr('class', 'gi-eq').attr('aria-live', 'polite');
  const eqC = eq.append('p');
  const eqH = eq.append('p');
  const status = r.append('p').attr('class', 'gi-status');
  r.append('p')
    .attr('class', 'gi-axis-title')
    .text(
      'Cell state C of every unit (rows, numbered down the side) at every step t (columns, numbered along the top)',
    );
  const history = r.append('div').attr('class', 'gi-history').attr('role', 'img');
  const historyKey = colourLegend(r);

  return {
    update(m, s) {
      t.set(s.t);
      unit.set(s.unit);
      seed.set(s.seed);
      pinF.set(s.pinF);
      pinI.set(s.pinI);
      pinFrom.set(s.pinFrom);
      const step = m.steps[m.t - 1];
      const j = m.unit - 1;
      const cScale = Math.max(1, ...step.c.map(Math.abs));
      const shownHere = extremes(ROWS.flatMap((row) => step[row.key]));
      stripKey.set(cScale > 1 ? `Squares (the C row to ±${num(cScale, 2)})` : 'Squares', 1, shownHere);
      for (const { row, div, sq } of rows) {
        const vs = step[row.key];
        const scale = row.key === 'c' ? cScale : 1;
        div.attr(
          'aria-label',
          `${row.what} ${row.name}${sub(m.t)}: ${vs.map((v, k) => `unit ${k + 1} ${num(v, 2)}`).join(', ')}`,
        );
        sq.selectAll('span')
          .data(vs)
          .join('span')
          .attr('class', (_, k) => `gi-sq${k === j ? ' gi-sel' : ''}`)
          .style('background', (v) => swatch(v, scale))
          .attr('title', (v, k) => `${row.name}${sub(m.t)}[${k + 1}] = ${num(v, 4)}`)
          .on('pointerenter', (_, v) => hover.text(`${row.what} ${row.name}${sub(m.t)} = ${num(v, 4)}`))
          .on('pointerleave', () => hover.text(''));
      }
      const [f, i, o, g, cp, cn, h] = [
        step.f[j],
        step.i[j],
        step.o[j],
        step.g[j],
        step.cPrev[j],
        step.c[j],
        step.h[j],
      ];
      const T = sub(m.t);
      const Tm = sub(m.t - 1);
      eqC.text(
        `C${T}[${m.unit}] = f·C${Tm} + i·C̃ = ${num(f, 3)} × ${num(cp, 3)} + ${num(i, 3)} × ${num(g, 3)} = ${num(cn, 3)}`,
      );
      eqH.text(`h${T}[${m.unit}] = o·tanh(C${T}) = ${num(o, 3)} × tanh(${num(cn, 3)}) = ${num(h, 3)}`);
      status.text(
        m.pinF && m.pinI
          ? `f = 1 and i = 0 from step ${m.pinFrom}: every unit's C stays where it was at step ${m.pinFrom - 1} (largest change ${num(m.drift, 4)}).`
          : m.pinF || m.pinI
            ? `${m.pinF ? 'f = 1' : 'i = 0'} from step ${m.pinFrom}; C still changes (largest change since step ${m.pinFrom - 1}: ${num(m.drift, 3)}).`
            : 'No gate pinned: the gates are what the network computes.',
      );
      const cMax = Math.max(1, ...m.steps.flatMap((st) => st.c.map(Math.abs)));
      history.attr(
        'aria-label',
        `Cell state of unit ${m.unit} at steps 1 to ${m.steps.length}: ${m.steps.map((st) => num(st.c[j], 2)).join(', ')}`,
      );
      // axis labels: step numbers along the top, unit numbers down the side
      history
        .selectAll('div.gi-hhead')
        .data([0])
        .join('div')
        .attr('class', 'gi-hrow gi-hhead')
        .attr('aria-hidden', 'true')
        .selectAll('span')
        .data(['t', ...m.steps.map((_, ti) => String(ti + 1))])
        .join('span')
        .attr('class', (_, i) => (i === 0 ? 'gi-hlabel' : 'gi-hstep'))
        .text((d) => d);
      const hrows = history
        .selectAll('div.gi-hunit')
        .data(m.steps[0].c.map((_, k) => k))
        .join('div')
        .attr('class', 'gi-hrow gi-hunit');
      hrows
        .selectAll('span.gi-hlabel')
        .data((k) => [k])
        .join('span')
        .attr('class', 'gi-hlabel')
        .attr('aria-hidden', 'true')
        .text((k) => String(k + 1));
      hrows
        .selectAll('span.gi-cell')
        .data((k) => m.steps.map((st, ti) => ({ v: st.c[k], k, ti, pinned: st.pinned })))
        .join('span')
        .attr('class', (d) => `gi-cell${d.ti === m.t - 1 ? ' gi-now' : ''}${d.pinned ? ' gi-pinned' : ''}`)
        .style('background', (d) => swatch(d.v, cMax))
        .attr('title', (d) => `C${sub(d.ti + 1)}[${d.k + 1}] = ${num(d.v, 4)}`);
      historyKey.set('C over time', cMax, extremes(m.steps.flatMap((st) => st.c)));
    },
  };
}
