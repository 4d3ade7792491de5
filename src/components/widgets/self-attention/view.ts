// The self-attention preview view (D3 only): sentence, d, √d scaling, temperature, the query token; the token × token weight matrix; the measured depth of an RNN and of attention against length.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { heatmap, type HeatmapData, isolate } from '../../ui/heatmap.ts';
import { chartWidth } from '../../ui/chartWidth.ts';
import { checkbox, choice, slider, textField } from '../../ui/controls.ts';
import { MAX_TOKENS, type SelfAttentionModel } from './model.ts';
import type { SelfAttentionSchema } from './state.ts';

const H = 260;
// the legend sits above the plot, where it cannot cover a line
const M = { top: 56, right: 16, bottom: 48, left: 56 };

export function selfAttentionView(
  root: HTMLElement,
  _dispatch: Dispatch<SelfAttentionSchema>,
  ctx: ViewContext<SelfAttentionSchema>,
): WidgetView<SelfAttentionSchema, SelfAttentionModel> {
  const r = select(root).classed('self-attention', true);
  const tc = r.append('div').attr('class', 'widget-controls');
  const text = textField(tc, ctx, 'text', { label: 'Sentence', className: 'di-text', name: 'sentence' });
  const c = r.append('div').attr('class', 'widget-controls');
  const d = choice(c, ctx, 'd', { label: 'Key size d' });
  const scaled = checkbox(c, ctx, 'scaled', { label: 'Divide by √d' });
  const temp = slider(c, ctx, 'temperature', { label: 'Temperature τ', step: 0.1 });
  const query = slider(c, ctx, 'query', { label: 'Query token' });
  const note = r.append('p').attr('class', 'dr-hover').attr('aria-live', 'polite');
  const rowText = r.append('p').attr('class', 'dr-reading').attr('aria-live', 'polite');
  const readout = r.append('p').attr('class', 'dr-hover').attr('aria-live', 'polite');
  const describe = (h: HeatmapData, i: number, j: number) =>
    `"${isolate(h.queries[i])}" (query ${i + 1}) attends to "${isolate(h.keys[j])}" (key ${j + 1}) with weight ${(h.weights[i][j] ?? 0).toFixed(3)}`;
  const map = heatmap(r, {
    label: 'Self-attention weights: rows are queries, columns keys, both the sentence’s words',
    onRead: (t) => readout.text(t),
    cell: 26,
    left: 96,
    top: 80,
    rotateKeys: true,
    keyAxis: 'keys: every word →',
    queryAxis: 'queries ↓',
    describe,
  });
  const { W, narrow } = chartWidth(r);
  const svg = r
    .append('svg')
    .attr('class', 'acc-chart')
    .classed('lc-narrow', narrow)
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img');
  // A linear length axis: the RNN's depth is then the straight line it is (a log axis bent it upwards).
  const x = scaleLinear()
    .domain([0, 64])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 70])
    .range([H - M.bottom, M.top]);
  svg
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(narrow ? [0, 16, 32, 48, 64] : [0, 8, 16, 24, 32, 40, 48, 56, 64])
        .tickFormat((v) => String(v)),
    );
  svg
    .append('g')
    .attr('class', 'lc-axis')
    .attr('transform', `translate(${M.left},0)`)
    .call(axisLeft(y).ticks(5));
  svg
    .append('text')
    .attr('class', 'lc-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 6)
    .attr('text-anchor', 'middle')
    .text('sequence length n (tokens)');
  const paths = svg.append('g');
  const legend = svg.append('g').attr('transform', `translate(${M.left},16)`);

  return {
    update(m, s) {
      text.set(s.text);
      d.set(s.d);
      scaled.set(s.scaled);
      temp.set(s.temperature, s.temperature.toFixed(1));
      // the slider ends at the sentence's last word, not at the most words the model reads
      c.select('input[name="query"]').attr('max', m.queryMax);
      query.set(m.query, `${m.query + 1} "${isolate(m.tokens[m.query] ?? '')}"`);
      note.text(
        `${m.tokens.length} tokens, one step: scores Q·Kᵀ × ${m.factor.toFixed(3)} (${s.scaled ? `1/(√${m.d}·τ)` : '1/τ, no √d'}), softmax per row. Mean largest weight per row: ${m.peak.toFixed(2)}.${m.truncated > 0 ? ` Only the first ${MAX_TOKENS} words are used; ${m.truncated} more were cut off.` : ''} Projections are seeded, not trained.`,
      );
      const row = m.weights[m.query] ?? [];
      const top = row
        .map((v, j) => ({ v, w: m.tokens[j] }))
        .sort((a, b) => b.v - a.v)
        .slice(0, 3);
      rowText.text(
        `"${isolate(m.tokens[m.query] ?? '')}" looks most at ${top.map((t) => `"${isolate(t.w)}" ${t.v.toFixed(2)}`).join(', ')}.`,
      );
      map.update({ keys: m.tokens, queries: m.tokens, weights: m.weights, focusRow: m.query });
      const series = [
        {
          name: 'RNN: sequential steps',
          cls: 'lc-2',
          pts: m.depth.map((p) => [p.n, p.rnn] as [number, number]),
        },
        {
          name: 'self-attention layer: depth',
          cls: 'lc-1',
          pts: m.depth.map((p) => [p.n, p.attention] as [number, number]),
        },
      ];
      svg.attr(
        'aria-label',
        `Longest chain of dependent operations, measured on the engine's tape: ${m.depth.map((p) => `n = ${p.n}: RNN ${p.rnn}, attention ${p.attention}`).join('; ')}`,
      );
      const mk = line<[number, number]>()
        .x((p) => x(p[0]))
        .y((p) => y(p[1]));
      paths
        .selectAll('path')
        .data(series)
        .join('path')
        .attr('class', (p) => `lc-line ${p.cls}`)
        .attr('d', (p) => mk(p.pts));
      const item = legend
        .selectAll('g')
        .data(series)
        .join((enter) => {
          const g = enter.append('g');
          g.append('line').attr('x1', 0).attr('x2', 22);
          g.append('text').attr('class', 'lc-text').attr('x', 28).attr('y', 4);
          return g;
        })
        .attr('transform', (_, i) => `translate(0,${i * 22})`);
      item.select('line').attr('class', (p) => `lc-line ${p.cls}`);
      item.select('text').text((p) => p.name);
    },
  };
}
