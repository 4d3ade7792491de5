// The gradient-through-time view (D3 only): controls, and ‖∂L/∂h_t‖ on a log scale with the bound and the vanishing / stable / exploding regions.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { choice, seedSlider, slider } from '../../ui/controls.ts';
import { pow10, sci } from '../../ui/sci.ts';
import { type GradientFlowModel, VANISHED } from '../../models/gradientFlow.ts';
import type { GradientFlowSchema } from './state.ts';
import { CEIL, chartRange, FLOOR, type OffChart, offChartText } from './chartRange.ts';

const W = 640;
const H = 312;
const M = { top: 14, right: 16, bottom: 50, left: 66 };

export function gradientFlowView(
  root: HTMLElement,
  _dispatch: Dispatch<GradientFlowSchema>,
  ctx: ViewContext<GradientFlowSchema>,
): WidgetView<GradientFlowSchema, GradientFlowModel> {
  const r = select(root).classed('gradient-flow', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const radius = slider(c, ctx, 'radius', { label: 'Spectral radius ρ(W_hh)', step: 0.05 });
  const act = choice(c, ctx, 'act', { label: 'Activation' });
  const steps = slider(c, ctx, 'steps', { label: 'Length T' });
  const hidden = slider(c, ctx, 'hidden', { label: 'Hidden size' });
  const init = choice(c, ctx, 'init', { label: 'W_hh drawn' });
  const seed = seedSlider(c, ctx);

  const readout = r.append('p').attr('class', 'gf-readout').attr('aria-live', 'polite');
  const warn = r.append('p').attr('class', 'widget-message gf-overflow').attr('hidden', true);
  // Keyed in HTML above the chart: inside it the legend sat on the bands' labels at phone widths.
  const legend = r.append('ul').attr('class', 'gf-legend');
  for (const [cls, text] of [
    ['gf-key-measured', 'measured ‖∂L/∂h_t‖ ÷ ‖∂L/∂h_T‖'],
    ['gf-key-bound', 'bound (γ·σ_max)^(T−t)'],
  ]) {
    const li = legend.append('li');
    li.append('span').attr('class', `gf-key ${cls}`).attr('aria-hidden', 'true');
    li.append('span').text(text);
  }
  const svg = r
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', 'Gradient norm at each step, log scale');
  const x = scaleLinear().range([M.left, W - M.right]);
  const y = scaleLog()
    .domain([FLOOR, CEIL])
    .range([H - M.bottom, M.top])
    .clamp(true);
  const bands = svg.append('g').attr('class', 'gf-bands');
  const gx = svg
    .append('g')
    .attr('class', 'gf-axis')
    .attr('transform', `translate(0,${H - M.bottom})`);
  const gy = svg.append('g').attr('class', 'gf-axis').attr('transform', `translate(${M.left},0)`);
  svg
    .append('text')
    .attr('class', 'gf-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 4)
    .attr('text-anchor', 'middle')
    .text('step t (the loss is at the last step, T)');
  const boundPath = svg.append('path').attr('class', 'gf-bound');
  const measured = svg.append('path').attr('class', 'gf-measured');
  const marks = svg.append('g').attr('class', 'gf-off-marks');
  // In words under the chart too: a marker alone does not say how far beyond the edge a curve went.
  const offNote = r.append('p').attr('class', 'widget-note gf-off').attr('hidden', true);
  return {
    update(m, s) {
      radius.set(s.radius, s.radius.toFixed(2));
      act.set(s.act);
      steps.set(s.steps);
      hidden.set(s.hidden);
      init.set(s.init);
      seed.set(s.seed);
      const pts = m.ratio
        .map((v, i) => [i + 1, v] as const)
        .filter((p): p is readonly [number, number] => p[1] !== null);
      // the chart shows 10^e0 … 10^e1, never beyond FLOOR … CEIL; beyond it a curve is cut and marked
      const { e0, e1, ticks, off } = chartRange(m);
      const inside = (v: number) => v >= 10 ** e0 && v <= 10 ** e1;
      y.domain([10 ** e0, 10 ** e1]);
      x.domain([1, m.T]);
      gy.call(
        axisLeft(y)
          .tickValues(ticks)
          .tickFormat((v) => pow10(Math.round(Math.log10(v as number)))),
      );
      gx.call(
        axisBottom(x)
          .ticks(6)
          .tickFormat((v) => String(v)),
      );
      const regions = [
        { name: 'exploding', from: 1 / VANISHED, to: 10 ** e1 },
        { name: 'stable', from: VANISHED, to: 1 / VANISHED },
        { name: 'vanishing', from: 10 ** e0, to: VANISHED },
      ].filter((b) => b.to > b.from);
      const band = bands
        .selectAll('g')
        .data(regions, (d) => (d as { name: string }).name)
        .join((enter) => {
          const g = enter.append('g');
          g.append('rect');
          g.append('text');
          return g;
        });
      band
        .select('rect')
        .attr('class', (d) => `gf-band gf-band-${d.name}`)
        .attr('x', M.left)
        .attr('width', W - M.left - M.right)
        .attr('y', (d) => y(Math.min(d.to, 10 ** e1)))
        .attr('height', (d) => Math.max(0, y(Math.max(d.from, 10 ** e0)) - y(Math.min(d.to, 10 ** e1))));
      // Each band's name sits just inside its upper edge at the left, with a halo: at the right end both
      // curves meet at 1, the middle of the stable band, and the label lay under them there.
      band
        .select('text')
        .attr('class', 'gf-band-label')
        .attr('x', M.left + 6)
        .attr('text-anchor', 'start')
        .attr('y', (d) => y(Math.min(d.to, 10 ** e1)) + 15)
        .text((d) => d.name);
      boundPath.attr(
        'd',
        line<number>()
          .defined((v) => inside(v))
          .x((_, i) => x(i + 1))
          .y((v) => y(v))(m.bound),
      );
      measured.attr(
        'd',
        line<readonly [number, number]>()
          .defined((p) => inside(p[1]))
          .x((p) => x(p[0]))
          .y((p) => y(p[1]))(pts),
      );
      marks
        .selectAll<SVGTextElement, OffChart>('text')
        .data(off)
        .join('text')
        .attr('class', (o) => `gf-off-mark gf-off-${o.curve}`)
        .attr('text-anchor', 'middle')
        .attr('x', (o) => x(o.exit))
        .attr('y', (o) => (o.side === 'below' ? y(10 ** e0) - 3 : y(10 ** e1) + 12))
        .text((o) => (o.side === 'below' ? '▼' : '▲'));
      const offText = offChartText(off);
      offNote.attr('hidden', off.length > 0 ? null : true).text(offText);
      const factor = m.gamma * m.sigmaMax;
      readout.text(
        `ρ(W_hh) = ${m.rho.toFixed(2)}, σ_max(W_hh) = ${m.sigmaMax.toFixed(2)}, γ = ${m.gamma}: the bound shrinks or grows by ${factor.toFixed(2)} per step. ` +
          (m.first === null
            ? ''
            : `Share of the last step's gradient that reaches h₁: ${sci(m.first)} (${m.regime}).`),
      );
      warn
        .attr('hidden', m.overflow ? null : true)
        .text(
          m.overflow
            ? `overflow at step ${m.overflow.step} (${m.overflow.phase} pass): the numbers grew past the largest a computer can hold, so the curve stops there.`
            : '',
        );
      svg.attr(
        'aria-label',
        `Gradient norm at each step on a log scale, T = ${m.T}. ${m.first === null ? 'Overflow.' : `At step 1 it is ${sci(m.first)} of its size at step T: ${m.regime}.`} ${offText}`.trim(),
      );
    },
  };
}
