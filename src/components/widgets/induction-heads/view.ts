// The induction-heads view (D3 only): the seed and the run bar; first- and second-copy loss by step with the
// step where the copy forms; every head's induction and previous-token scores, and the chosen head's attention
// on a repeated random sequence.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { seedSlider, slider, stateButton } from '../../ui/controls.ts';
import { heatmap } from '../../ui/heatmap.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { statusText } from '../../training/trainingRun.ts';
import { CONFIG, type InductionHeadsModel, MAX_STEPS, PROBE } from './model.ts';
import { copyText, headText, mechanismText, tokenName } from './readout.ts';
import type { InductionHeadsSchema } from './state.ts';
import { evenScores } from './scores.ts';

/** Training steps between two redraws of the heatmap while the run trains. */
const REDRAW_STEPS = 50;

export function inductionHeadsView(
  root: HTMLElement,
  _dispatch: Dispatch<InductionHeadsSchema>,
  ctx: ViewContext<InductionHeadsSchema>,
): WidgetView<InductionHeadsSchema, InductionHeadsModel> {
  const r = select(root).classed('induction-heads', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const seed = seedSlider(c, ctx);
  const bar = runBar(r, { statusClass: 'ih-status' });
  const chart = lossChart(r, {
    label: 'Loss on the first and the second copy',
    xLabel: 'training step',
    log: true,
  });
  const formed = r.append('p').attr('class', 'ih-formed').attr('aria-live', 'polite');
  r.append('h3').attr('class', 'ih-title').text('The heads, on one repeated sequence');
  const mechanism = r.append('p').attr('class', 'ih-mechanism').attr('aria-live', 'polite');
  const list = r.append('ul').attr('class', 'ih-scores');
  const hc = r.append('div').attr('class', 'widget-controls');
  const layer = slider(hc, ctx, 'layer', { label: 'Layer' });
  const head = slider(hc, ctx, 'head', { label: 'Head' });
  let picked: { induction: [number, number]; previous: [number, number] } | null = null;
  const showInduction = stateButton(hc, ctx, ['layer', 'head'], {
    text: 'Show the induction head',
    label: 'Show the induction head',
    className: 'ih-show-induction',
    patch: () => (picked ? { layer: picked.induction[0], head: picked.induction[1] } : {}),
  });
  const showPrevious = stateButton(hc, ctx, ['layer', 'head'], {
    text: 'Show the previous-token head',
    label: 'Show the previous-token head',
    className: 'ih-show-previous',
    patch: () => (picked ? { layer: picked.previous[0], head: picked.previous[1] } : {}),
  });
  const does = r.append('p').attr('class', 'ih-does').attr('aria-live', 'polite');
  const cellRead = r.append('p').attr('class', 'widget-note ih-cell').attr('aria-live', 'polite');
  const map = heatmap(r, {
    label:
      'Attention of the chosen head on a sequence of random tokens repeated twice: rows are the positions asking (queries), columns the positions they look at (keys)',
    onRead: (t) => cellRead.text(t),
    cell: 13,
    left: 44,
    top: 40,
    rotateKeys: true,
    keyAxis: 'keys: earlier positions →',
    queryAxis: 'queries ↓',
    describe: (d, i, j) =>
      `position ${i + 1} (${d.queries[i]}) looks at position ${j + 1} (${d.keys[j]}) with weight ${(d.weights[i][j] ?? 0).toFixed(3)}`,
  });
  const even = evenScores(PROBE.tokens.length, PROBE.half);
  let drawn = { key: '', step: -1 };
  const uniform = Math.log(CONFIG.vocab);

  return {
    update(m, st) {
      seed.set(st.seed);
      layer.set(m.layer);
      head.set(m.head);
      bar.update(m.run);
      const part = m.run.parts[0];
      bar.status.text(statusText(part.status, MAX_STEPS));
      const ev = part.evaluations;
      const text = copyText(ev);
      chart.update(
        [
          {
            name: 'first copy (random)',
            cls: 'lc-1',
            points: ev.map((e) => [e.step, e.first] as [number, number]),
          },
          {
            name: 'second copy (a repeat)',
            cls: 'lc-2',
            points: ev.map((e) => [e.step, e.second] as [number, number]),
          },
        ],
        MAX_STEPS,
        `Loss on the first and the second copy by step, nats per token, log scale. ${text}`,
        {
          y: uniform,
          label: `guessing among ${CONFIG.vocab} tokens: ln ${CONFIG.vocab} = ${uniform.toFixed(2)}`,
        },
      );
      formed.text(text);
      const h = m.heads();
      showInduction.property('disabled', h === null);
      showPrevious.property('disabled', h === null);
      if (h === null) {
        picked = null;
        mechanism.text('');
        does.text('The heads appear once the run has measured its first weights.');
        list.selectAll('li').remove();
        map.update({ keys: [], queries: [], weights: [], focusRow: -1 });
        drawn = { key: '', step: -1 };
        return;
      }
      picked = {
        induction: [h.induction.layer, h.induction.head],
        previous: [h.previous.layer, h.previous.head],
      };
      mechanism.text(
        `${h.step === 0 ? 'Untrained weights (step 0). ' : `Weights after step ${h.step}. `}${mechanismText(h, even, CONFIG.half)}`,
      );
      list
        .selectAll('li')
        .data(h.scores)
        .join('li')
        .text((s) => headText(s, h, even));
      const chosen = h.scores.find((s) => s.layer === m.layer && s.head === m.head);
      does.text(chosen ? headText(chosen, h, even) : '');
      // 576 cells with their titles: redrawn when the head changes, every REDRAW_STEPS while training, and at
      // the end, not at every evaluation (each redraw is a long task on a slow phone)
      const key = `${m.layer}/${m.head}`;
      const ended = m.run.ended;
      const redraw =
        key !== drawn.key ||
        h.step < drawn.step || // a new run
        h.step - drawn.step >= REDRAW_STEPS ||
        (ended && h.step !== drawn.step);
      if (redraw) {
        const labels = h.tokens.map(tokenName);
        map.update({ keys: labels, queries: labels, weights: h.maps[m.layer - 1][m.head - 1], focusRow: -1 });
        drawn = { key, step: h.step };
      }
    },
  };
}
