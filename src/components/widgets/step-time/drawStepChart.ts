// Draws a StepChart into an SVG with D3 (the live view; the static frame renders the same geometry in Astro).
import type { Selection } from 'd3-selection';
import type { StepChart } from './stepChart.ts';

export function drawStepChart(svg: Selection<SVGSVGElement, unknown, null, undefined>, g: StepChart): void {
  svg.attr('viewBox', `0 0 ${g.W} ${g.H}`);
  svg.selectAll('*').remove();
  const { left, right, bottom } = g.plot;
  const axes = svg.append('g').attr('class', 'st-axis');
  for (const t of g.yTicks) {
    axes
      .append('line')
      .attr('class', 'st-grid')
      .attr('x1', left)
      .attr('x2', right)
      .attr('y1', t.y)
      .attr('y2', t.y);
    axes
      .append('text')
      .attr('x', left - 6)
      .attr('y', t.y + 4)
      .attr('text-anchor', 'end')
      .text(t.label);
  }
  for (const t of g.xTicks) {
    axes
      .append('line')
      .attr('x1', t.x)
      .attr('x2', t.x)
      .attr('y1', bottom)
      .attr('y2', bottom + 5);
    axes
      .append('text')
      .attr('x', t.x)
      .attr('y', bottom + 18)
      .attr('text-anchor', 'middle')
      .text(t.label);
  }
  axes.append('line').attr('x1', left).attr('x2', right).attr('y1', bottom).attr('y2', bottom);
  axes
    .append('text')
    .attr('x', (left + right) / 2)
    .attr('y', g.H - 4)
    .attr('text-anchor', 'middle')
    .text('sequence length T (log scale)');
  for (const s of g.series) {
    svg.append('path').attr('class', `st-line tr-${s.racer}`).attr('d', s.d);
    for (const p of s.dots)
      svg
        .append('circle')
        .attr('class', `st-dot tr-${s.racer}`)
        .attr('cx', p.x)
        .attr('cy', p.y)
        .attr('r', 3.5);
  }
}
