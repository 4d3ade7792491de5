// The parameter-count figure's view (D3 only): sliders for D and H, and for each cell its weight shape, weights, biases and total, with a bar to compare the totals.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { slider } from '../../ui/controls.ts';
import type { CellCount, GateParamsModel } from './model.ts';
import type { GateParamsSchema } from './state.ts';

const fmt = (n: number) => n.toLocaleString('en-GB');

export function formulaLine(name: string, blocks: number, c: CellCount, D: number, H: number): string {
  return `${name}: ${blocks}H(H + D) + ${blocks}H = ${blocks}·${H}·(${H} + ${D}) + ${blocks}·${H} = ${fmt(c.weights)} + ${fmt(c.biases)} = ${fmt(c.total)}`;
}

export function summary(m: GateParamsModel): string {
  return `With D = ${m.D} inputs and H = ${m.H} units: LSTM ${fmt(m.lstm.total)} parameters, GRU ${fmt(m.gru.total)} (${Math.round(m.ratio * 100)}% of the LSTM's).`;
}

export function gateParamsView(
  root: HTMLElement,
  _dispatch: Dispatch<GateParamsSchema>,
  ctx: ViewContext<GateParamsSchema>,
): WidgetView<GateParamsSchema, GateParamsModel> {
  const r = select(root).classed('gate-params', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const D = slider(c, ctx, 'inputs', { label: 'Inputs D' });
  const H = slider(c, ctx, 'units', { label: 'Units H' });
  const rows = (['lstm', 'gru'] as const).map((key) => {
    const div = r.append('div').attr('class', 'gp-row').attr('data-cell', key);
    const head = div.append('p').attr('class', 'gp-head');
    const bar = div.append('div').attr('class', 'gp-track').append('div').attr('class', `gp-bar gp-${key}`);
    const line = div.append('p').attr('class', 'gp-formula');
    return { key, head, bar, line };
  });
  const text = r.append('p').attr('class', 'gp-summary').attr('aria-live', 'polite');
  return {
    update(m, s) {
      D.set(s.inputs);
      H.set(s.units);
      for (const { key, head, bar, line } of rows) {
        const cnt = m[key];
        const name = key === 'lstm' ? 'LSTM' : 'GRU';
        head.text(
          `${name}: W is ${cnt.wShape[0]} × ${cnt.wShape[1]}, b has ${cnt.biases}; ${fmt(cnt.total)} parameters`,
        );
        bar.style('width', `${(100 * cnt.total) / m.lstm.total}%`);
        line.text(formulaLine(name, key === 'lstm' ? 4 : 3, cnt, m.D, m.H));
      }
      text.text(summary(m));
    },
  };
}
