// The gradient highway's view (D3 only): controls, a readout of what reaches step 1, and the four gradient curves on one log chart.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { slider } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { sci } from '../../ui/sci.ts';
import type { GateHighwayModel, SeriesKey } from './model.ts';
import type { GateHighwaySchema } from './state.ts';

export const SERIES: { key: SeriesKey; name: string; cls: string }[] = [
  { key: 'rnn', name: 'RNN ‖∂L/∂h_t‖', cls: 'lc-1' },
  { key: 'lstmC', name: 'LSTM ‖∂L/∂c_t‖', cls: 'lc-2' },
  { key: 'lstmH', name: 'LSTM ‖∂L/∂h_t‖', cls: 'lc-2 gh-dashed' },
  { key: 'gru', name: 'GRU ‖∂L/∂h_t‖', cls: 'lc-3' },
  { key: 'cellPath', name: 'LSTM forget gates alone, Π f̄_k', cls: 'lc-2 gh-dotted' },
];

export function readout(m: GateHighwayModel): string {
  const f = (v: number | null) => (v === null ? 'overflow' : sci(v));
  return `Share of the last step's gradient that reaches step 1: RNN ${f(m.first.rnn)}, LSTM cell state ${f(m.first.lstmC)}, LSTM hidden state ${f(m.first.lstmH)}, GRU ${f(m.first.gru)}. Mean forget gate ${m.meanForget.toFixed(3)}; multiplied along the cell from step 2 to ${m.T}, the forget gates alone pass ${sci(m.forgetProduct)}.`;
}

export function gateHighwayView(
  root: HTMLElement,
  _dispatch: Dispatch<GateHighwaySchema>,
  ctx: ViewContext<GateHighwaySchema>,
): WidgetView<GateHighwaySchema, GateHighwayModel> {
  const r = select(root).classed('gate-highway', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const mk = (label: string, name: keyof GateHighwaySchema, step: number) =>
    slider(c, ctx, name, { label, step });
  const steps = mk('Length T', 'steps', 1);
  const keep = mk('Forget / update gate bias', 'keepBias', 0.1);
  const radius = mk('RNN radius ρ(W_hh)', 'radius', 0.05);
  const hidden = mk('Hidden size', 'hidden', 1);
  const seed = mk('Seed', 'seed', 1);
  const text = r.append('p').attr('class', 'gh-readout').attr('aria-live', 'polite');
  const legend = r.append('ul').attr('class', 'gh-legend').attr('aria-hidden', 'true');
  for (const d of SERIES) {
    const li = legend.append('li');
    li.append('span').attr('class', `gr-key ${d.cls}`);
    li.append('span').text(d.name);
  }
  const chart = lossChart(r, {
    label: 'Gradient norm at each step',
    xLabel: 'step t',
    log: true,
    // keyed in HTML above the chart (.gh-legend)
    key: false,
  });
  return {
    update(m, s) {
      steps.set(s.steps);
      keep.set(s.keepBias, s.keepBias.toFixed(1));
      radius.set(s.radius, s.radius.toFixed(2));
      hidden.set(s.hidden);
      seed.set(s.seed);
      const t = readout(m);
      text.text(t);
      chart.update(
        SERIES.map((d) => ({
          name: d.name,
          cls: d.cls,
          points: m.series[d.key].flatMap((v, i) => (v === null ? [] : [[i + 1, v] as [number, number]])),
        })),
        m.T,
        `Gradient at each step as a share of its size at step ${m.T}, log scale. ${t}`,
      );
    },
  };
}
