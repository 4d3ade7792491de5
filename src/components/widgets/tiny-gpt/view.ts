// The tiny GPT view (D3 only): the text (Brown or the reader's), seed, temperature and top-k; the run bar; training and held-out loss against the n-gram baseline; samples from snapshots as it learns.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { radioGroup, seedSlider, slider } from '../../ui/controls.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { bindState, controlId } from '../../ui/stateControl.ts';
import { statusText } from '../../training/trainingRun.ts';
import { MAX_STEPS, type TinyGptModel } from './model.ts';
import { baselineText, gramName, heldOutText } from './readout.ts';
import type { TinyGptSchema } from './state.ts';

export function tinyGptView(
  root: HTMLElement,
  dispatch: Dispatch<TinyGptSchema>,
  ctx: ViewContext<TinyGptSchema>,
): WidgetView<TinyGptSchema, TinyGptModel> {
  const r = select(root).classed('tiny-gpt', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const source = radioGroup(c, ctx, 'source', {
    label: 'Train on',
    text: (o) => (o === 'brown' ? 'Brown corpus (press)' : 'your own text'),
    className: 'tg-source',
  });
  const seed = seedSlider(c, ctx);
  const own = r.append('div').attr('class', 'tg-own');
  const areaId = controlId(ctx.fid, 'own');
  own
    .append('label')
    .attr('for', areaId)
    .text('Your text (any language; the first 4000 characters are used)');
  const area = own
    .append('textarea')
    .attr('id', areaId)
    .attr('name', 'own')
    .attr('rows', 4)
    .attr('maxlength', ctx.schema.own.maxLength)
    .attr('spellcheck', 'false');
  bindState(area.node()!, 'own', 'Your text');
  const trainOwn = own
    .append('button')
    .attr('type', 'button')
    .attr('name', 'train-own')
    .text('Train on this text')
    .on('click', () => dispatch({ source: 'own', own: area.property('value') as string }));
  bindState(trainOwn.node()!, ['source', 'own'], 'Train on this text');
  const problem = r.append('p').attr('class', 'widget-message tg-problem').attr('role', 'alert');
  // everything a run draws, hidden as one while there is no run (a text too short)
  const body = r.append<HTMLElement>('div').attr('class', 'tg-body');
  const bar = runBar(body, { statusClass: 'tg-status' });
  const about = body.append('p').attr('class', 'widget-note tg-about');
  const chart = lossChart(body, { label: 'Training and held-out loss', xLabel: 'training step', log: false });
  const held = body.append('p').attr('class', 'tg-held').attr('aria-live', 'polite');
  const grams = body.append('p').attr('class', 'widget-note tg-grams');
  const s = body.append('div').attr('class', 'widget-controls');
  const temperature = slider(s, ctx, 'temperature', { label: 'Temperature', step: 0.1 });
  const topK = slider(s, ctx, 'topK', { label: 'Top-k' });
  body
    .append('p')
    .attr('class', 'tg-samples-head')
    .text('What the model writes after “the ”, from its weights at each step:');
  const list = body.append('ol').attr('class', 'tg-samples');

  return {
    update(m, st) {
      source.set(st.source);
      seed.set(st.seed);
      temperature.set(st.temperature, st.temperature.toFixed(1));
      topK.set(m.topK, m.topK < st.topK ? `${m.topK} (all characters)` : String(m.topK));
      if (document.activeElement !== area.node() && area.property('value') !== st.own)
        area.property('value', st.own);
      own.classed('tg-own-active', st.source === 'own');
      problem.text(m.problem ?? '').property('hidden', m.problem === null);
      const run = m.run;
      body.property('hidden', run === null);
      if (run === null || m.baseline === null) return;
      bar.update(run);
      const part = run.parts[0];
      bar.status.text(statusText(part.status, MAX_STEPS));
      about.text(
        `${m.source === 'brown' ? 'Brown corpus press reportage, lower-cased' : 'Your text'}: ${m.characters.toLocaleString('en')} characters, ${m.vocab.length} distinct; the last 10% is held out and never trained on. Two layers, d = 48, 4 heads, context 32, AdamW.`,
      );
      const trigram = m.baseline.loss[2];
      chart.update(
        [
          {
            name: 'training loss (batch of 8)',
            cls: 'lc-1',
            points: part.points.map((p) => [p.step, p.loss] as [number, number]),
          },
          {
            name: 'held-out loss',
            cls: 'lc-2',
            points: part.evaluations.map((e) => [e.step, e.heldOutLoss] as [number, number]),
          },
        ],
        MAX_STEPS,
        `Training and held-out loss by step, nats per character. ${heldOutText(part.evaluations, m.baseline, m.vocab.length)}`,
        { y: trigram, label: `character ${gramName(3)}, Kneser–Ney: ${trigram.toFixed(2)}` },
      );
      held.text(heldOutText(part.evaluations, m.baseline, m.vocab.length));
      grams.text(
        `Character n-grams with interpolated Kneser–Ney, counted on the same training part and scored on the same ${m.baseline.characters} held-out characters, in nats per character: ${baselineText(m.baseline)}.`,
      );
      const li = list
        .selectAll('li')
        .data(m.samples(), (d) => (d as { step: number }).step)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'tg-step');
          e.append('q').attr('class', 'tg-text');
          return e;
        });
      li.select('.tg-step').text((d) => `step ${d.step}${d.step === 0 ? ' (untrained)' : ''}: `);
      li.select('.tg-text').text((d) => d.text);
    },
  };
}
