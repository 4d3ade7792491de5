// The gradient-through-time view (D3 only): controls, and ‖∂L/∂h_t‖ on a log scale with the bound and the vanishing / stable / exploding regions, drawn from gradientFlowLayout.
import { type Selection, select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { choice, seedSlider, slider } from '../../ui/controls.ts';
import type { GradientFlowModel } from '../../models/gradientFlow.ts';
import type { GradientFlowSchema } from './state.ts';
import {
  type Axis,
  type Band,
  gradientFlowLayout,
  H,
  LEGEND,
  type OffMark,
  W,
} from './gradientFlowLayout.ts';

/** An axis as d3-axis draws it, from the layout's numbers, so GradientFlowFigure.astro can write the same marks. */
function drawAxis(g: Selection<SVGGElement, unknown, null, undefined>, a: Axis) {
  g.attr('transform', a.transform).attr('text-anchor', a.anchor);
  g.select('path.domain').attr('d', a.domain);
  const tick = g
    .selectAll<SVGGElement, Axis['ticks'][number]>('g.tick')
    .data(a.ticks)
    .join((enter) => {
      const t = enter.append('g').attr('class', 'tick').attr('opacity', 1);
      t.append('line').attr('stroke', 'currentColor');
      t.append('text').attr('fill', 'currentColor');
      return t;
    })
    .attr('transform', (t) => t.transform);
  tick.select('line').attr('x2', a.line.x2).attr('y2', a.line.y2);
  tick
    .select('text')
    .attr('x', a.text.x)
    .attr('y', a.text.y)
    .attr('dy', a.text.dy)
    .text((t) => t.label);
}

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
  const legend = r.append('ul').attr('class', 'gf-legend');
  for (const { cls, text } of LEGEND) {
    const li = legend.append('li');
    li.append('span').attr('class', `gf-key ${cls}`).attr('aria-hidden', 'true');
    li.append('span').text(text);
  }
  const svg = r
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', 'Gradient norm at each step, log scale');
  const bands = svg.append('g').attr('class', 'gf-bands');
  const axis = () => {
    const g = svg
      .append('g')
      .attr('class', 'gf-axis')
      .attr('fill', 'none')
      .attr('font-size', 10)
      .attr('font-family', 'sans-serif');
    g.append('path').attr('class', 'domain').attr('stroke', 'currentColor');
    return g;
  };
  const gx = axis();
  const gy = axis();
  const xLabel = svg.append('text').attr('class', 'gf-label').attr('text-anchor', 'middle');
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
      const l = gradientFlowLayout(m);
      readout.text(l.readout);
      warn.attr('hidden', l.warning === null ? true : null).text(l.warning ?? '');
      svg.attr('aria-label', l.ariaLabel);
      const band = bands
        .selectAll<SVGGElement, Band>('g')
        .data(l.bands, (d) => d.name)
        .join((enter) => {
          const g = enter.append('g');
          g.append('rect');
          g.append('text').attr('class', 'gf-band-label').attr('text-anchor', 'start');
          return g;
        });
      band
        .select('rect')
        .attr('class', (d) => `gf-band gf-band-${d.name}`)
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y)
        .attr('width', (d) => d.width)
        .attr('height', (d) => d.height);
      band
        .select('text')
        .attr('x', (d) => d.labelX)
        .attr('y', (d) => d.labelY)
        .text((d) => d.name);
      drawAxis(gx, l.xAxis);
      drawAxis(gy, l.yAxis);
      xLabel.attr('x', l.xLabel.x).attr('y', l.xLabel.y).text(l.xLabel.text);
      boundPath.attr('d', l.bound);
      measured.attr('d', l.measured);
      marks
        .selectAll<SVGTextElement, OffMark>('text')
        .data(l.offMarks)
        .join('text')
        .attr('class', (o) => o.className)
        .attr('text-anchor', 'middle')
        .attr('x', (o) => o.x)
        .attr('y', (o) => o.y)
        .text((o) => o.text);
      offNote.attr('hidden', l.offNote === null ? true : null).text(l.offNote ?? '');
    },
  };
}
