// The attention view (D3 only): kind, seed, pause; the reader's date, its prediction and alignment heatmap with a step-through of decoding; the fixed date's alignment at successive evaluations.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { dateInput, readingLine } from '../../ui/dateInput.ts';
import { heatmap, isolate } from '../../ui/heatmap.ts';
import { runStatusText } from '../../training/datesRun.ts';
import { runBar } from '../../ui/runBar.ts';
import { choice, seedSlider, slider } from '../../ui/controls.ts';
import { type AttentionLabModel, FIXED } from './model.ts';
import type { AttentionLabSchema } from './state.ts';

const shown = (c: string) => (c === ' ' ? '␣' : c);

export function attentionLabView(
  root: HTMLElement,
  _dispatch: Dispatch<AttentionLabSchema>,
  ctx: ViewContext<AttentionLabSchema>,
): WidgetView<AttentionLabSchema, AttentionLabModel> {
  const r = select(root).classed('attention-lab', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const kind = choice(c, ctx, 'kind', { label: 'Attention' });
  const seed = seedSlider(c, ctx);
  const bar = runBar(r, { statusClass: 'dr-status', pauseClass: 'dr-pause' });
  const target = r.append('p').attr('class', 'dr-target');
  const input = dateInput(r.append('div').attr('class', 'widget-controls'), ctx, 'text');
  const line = r.append('p').attr('class', 'dr-reading');
  const sc = r.append('div').attr('class', 'widget-controls');
  const step = slider(sc, ctx, 'step', { label: 'Decoding step' });
  const stepText = r.append('p').attr('class', 'dr-hover dr-steptext').attr('aria-live', 'polite');
  const readout = r.append('p').attr('class', 'dr-hover').attr('aria-live', 'polite');
  const map = heatmap(r, {
    label: 'Alignment of your date: rows are output characters (queries), columns input characters (keys)',
    onRead: (t) => readout.text(t),
  });
  r.append('p')
    .attr('class', 'bn-head')
    .text(`Attention forming: "${FIXED}" read with the weights of successive evaluations`);
  const thumbs = r.append('div').attr('class', 'hm-thumbs');

  let drawn = '';
  const draw = (m: AttentionLabModel) => {
    bar.update(m.run);
    const run = m.run.parts[0];
    bar.status.text(runStatusText(run));
    target.text(
      run.reached95
        ? `Reached 95% exact match on held-out dates after ${run.reached95.seconds.toFixed(1)} s of training (step ${run.reached95.step}).`
        : 'Target: 95% exact match on held-out dates.',
    );
    const { reading, step: at } = m.reading();
    const key = `${m.text}|${at}|${m.step}|${m.kind}`;
    if (key === drawn) return;
    drawn = key;
    line.call(readingLine, reading, at);
    const k = Math.min(m.step, reading.outputs.length);
    step.set(k, k === 0 ? 'all' : String(k));
    if (reading.empty) stepText.text('');
    else if (k === 0)
      stepText.text('All output characters at once; move the slider to decode one character at a time.');
    else {
      const w = reading.weights[k - 1] ?? [];
      let best = 0;
      for (let j = 1; j < w.length; j++) if (w[j] > w[best]) best = j;
      stepText.text(
        `Step ${k}: writes "${reading.outputs[k - 1]}", looking most at input ${best + 1} "${isolate(shown(reading.chars[best] ?? ''))}" (weight ${(w[best] ?? 0).toFixed(2)}).`,
      );
    }
    map.update({ keys: reading.chars, queries: reading.outputs, weights: reading.weights, focusRow: k - 1 });
    const items = thumbs
      .selectAll<HTMLElement, { step: number }>('figure')
      .data(m.forming(), (d) => String(d.step))
      .join((enter) => {
        const f = enter.append('figure');
        f.append('div').attr('class', 'hm-slot');
        f.append('figcaption');
        return f;
      });
    items.each(function (d) {
      const f = select(this);
      f.select('figcaption').text(`step ${d.step}`);
      const slot = f.select<HTMLElement>('.hm-slot');
      slot.selectAll('*').remove();
      heatmap(slot, { label: `Alignment of "${FIXED}" at step ${d.step}`, small: true }).update({
        keys: d.reading.chars,
        queries: d.reading.outputs,
        weights: d.reading.weights,
        focusRow: -1,
      });
    });
  };

  return {
    update(m, s) {
      kind.set(s.kind);
      seed.set(s.seed);
      input.set(s.text);
      draw(m);
    },
  };
}
