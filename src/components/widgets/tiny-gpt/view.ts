// The tiny GPT view (D3 only): the text (Brown or the reader's), seed, temperature and top-k; the run bar; training and held-out loss against the n-gram baseline; samples from snapshots as it learns.
import { type BaseType, select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { radioGroup, seedSlider, slider, textField } from '../../ui/controls.ts';
import { heatmap, isolate } from '../../ui/heatmap.ts';
import { lossChart } from '../../ui/lossChart.ts';
import { runBar } from '../../ui/runBar.ts';
import { bindState, controlId } from '../../ui/stateControl.ts';
import { statusText } from '../../training/trainingRun.ts';
import { MAX_STEPS, type TinyGptModel } from './model.ts';
import { baselineText, gramName, heldOutText } from './readout.ts';
import type { TinyGptSchema } from './state.ts';

/** Sets each element's text only where it changed: even the same text set again costs the page a layout. */
function put<D>(sel: { each(f: (this: BaseType, d: D) => void): unknown }, text: (d: D) => string): void {
  sel.each(function (d) {
    const t = text(d);
    if (this instanceof Element && this.textContent !== t) this.textContent = t;
  });
}

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
  // three keys: the n-gram guide arrives later on the reader's own text, and its row is kept from the start
  const chart = lossChart(body, {
    label: 'Training and held-out loss',
    xLabel: 'training step',
    log: false,
    keys: 3,
  });
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
  // Open the heads: the chosen head's attention on the reader's text, from the latest weights
  const panel = body.append('section').attr('class', 'tg-heads').attr('aria-label', 'Open the heads');
  panel.append('h3').attr('class', 'tg-heads-title').text('Open the heads');
  const hc = panel.append('div').attr('class', 'widget-controls');
  const probe = textField(hc, ctx, 'probe', {
    label: 'Text to read (up to 32 characters)',
    className: 'tg-probe',
    keepWhileTyping: true,
  });
  const layer = slider(hc, ctx, 'layer', { label: 'Layer' });
  const head = slider(hc, ctx, 'head', { label: 'Head' });
  const probeNote = panel.append('p').attr('class', 'widget-note tg-probe-note');
  const does = panel.append('p').attr('class', 'tg-does').attr('aria-live', 'polite');
  const cellRead = panel.append('p').attr('class', 'widget-note tg-cell').attr('aria-live', 'polite');
  const show = (c: string) => (c === ' ' ? '␣' : c);
  const map = heatmap(panel, {
    label:
      'Attention of the chosen head: rows are the characters asking (queries), columns the characters they look at (keys)',
    onRead: (t) => cellRead.text(t),
    cell: 14,
    left: 44,
    top: 40,
    keyAxis: 'keys: earlier characters →',
    queryAxis: 'queries ↓',
    describe: (d, i, j) =>
      `character ${i + 1} "${isolate(show(d.queries[i]))}" looks at character ${j + 1} "${isolate(show(d.keys[j]))}" with weight ${(d.weights[i][j] ?? 0).toFixed(3)}`,
  });
  const allHeads = panel.append('ul').attr('class', 'widget-note tg-all-heads');
  let drawnKey = '';
  // The map's thousand cells are redrawn for new weights only while the panel is on screen or a screen away
  // (the first map is always drawn): each redraw is a main-thread task of about 100 ms on a two-core
  // laptop, and while training the weights change every 100 steps.
  let mapOnScreen = typeof IntersectionObserver === 'undefined';
  let latest: TinyGptModel | null = null;
  const seen =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            mapOnScreen = entries.some((e) => e.isIntersecting);
            if (mapOnScreen && latest !== null) drawHeads(latest);
          },
          { rootMargin: '100% 0px' },
        );
  seen?.observe(panel.node()!);

  function drawHeads(m: TinyGptModel): void {
    latest = m;
    const h = m.heads();
    const p = h?.probe;
    const notes: string[] = [];
    if (p !== undefined && p.unknown.length > 0)
      notes.push(
        `Skipped, not in the model’s alphabet: ${p.unknown.map((c) => `“${isolate(c)}”`).join(' ')}.`,
      );
    if (p !== undefined && p.cut > 0)
      notes.push(`Only the first 32 characters are read (the model’s context); ${p.cut} more were cut off.`);
    if (h !== null && h.step === 0)
      notes.push(
        'These are the untrained weights (step 0): once training has run a few hundred steps, this panel shows the trained heads, and some of them settle on one job, such as looking at the previous character.',
      );
    else if (h !== null) notes.push(`Weights after step ${h.step}.`);
    put(probeNote, () => notes.join(' '));
    probeNote.property('hidden', notes.length === 0);
    if (h === null) {
      put(does, () => 'The heads appear once the run has measured its first weights.');
      map.update({ keys: [], queries: [], weights: [], focusRow: -1 });
      drawnKey = '';
      allHeads.selectAll('li').remove();
      return;
    }
    if (h.probe.chars.length === 0) {
      put(does, () => 'Type some characters the model knows to see its attention.');
    } else {
      put(does, () =>
        h.summary === null
          ? `Layer ${h.layer}, head ${h.head}: type at least 5 characters for a description of what it does.`
          : `Layer ${h.layer}, head ${h.head} ${h.summary.text}`,
      );
    }
    // about a thousand cells with their titles: redrawn only when the weights, the text or the head change,
    // not at every progress report (each redraw is a long task)
    const key = `${h.step}/${h.layer}/${h.head}/${h.probe.chars.join('')}`;
    if (key !== drawnKey && (mapOnScreen || drawnKey === '')) {
      map.update({ keys: h.probe.chars, queries: h.probe.chars, weights: h.weights, focusRow: -1 });
      drawnKey = key;
    }
    const rows = h.all.flatMap((l, li) =>
      l.map((s, hi) => `Layer ${li + 1}, head ${hi + 1}: ${s === null ? 'too little text to say' : s.text}`),
    );
    allHeads
      .selectAll('li')
      .data(rows)
      .join('li')
      .call((li) => put(li, (t) => t));
  }

  return {
    destroy() {
      seen?.disconnect();
    },
    update(m, st) {
      source.set(st.source);
      probe.set(st.probe);
      layer.set(st.layer);
      head.set(st.head);
      seed.set(st.seed);
      temperature.set(st.temperature, st.temperature.toFixed(1));
      topK.set(m.topK, m.topK < st.topK ? `${m.topK} (all characters)` : String(m.topK));
      if (document.activeElement !== area.node() && area.property('value') !== st.own)
        area.property('value', st.own);
      own.classed('tg-own-active', st.source === 'own');
      put(problem, () => m.problem ?? '');
      problem.property('hidden', m.problem === null);
      const run = m.run;
      body.property('hidden', run === null);
      if (run === null) return;
      const baseline = m.baseline();
      bar.update(run);
      const part = run.parts[0];
      put(bar.status, () => statusText(part.status, MAX_STEPS));
      put(
        about,
        () =>
          `${m.source === 'brown' ? 'Brown corpus press reportage, lower-cased' : 'Your text'}: ${m.characters.toLocaleString('en')} characters, ${m.vocab.length} distinct; the last 10% is held out and never trained on. Two layers, d = 48, 4 heads, context 32, AdamW.`,
      );
      drawHeads(m);
      const heldText =
        baseline === null
          ? 'Held-out loss: the character n-gram baseline for your text is being counted in the training worker.'
          : heldOutText(part.evaluations, baseline, m.vocab.length);
      const trigram = baseline?.loss[2];
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
        `Training and held-out loss by step, nats per character. ${heldText}`,
        trigram === undefined
          ? undefined
          : { y: trigram, label: `character ${gramName(3)}, Kneser–Ney: ${trigram.toFixed(2)}` },
      );
      put(held, () => heldText);
      put(grams, () =>
        baseline === null
          ? 'Character n-grams with interpolated Kneser–Ney: being counted on your text…'
          : `Character n-grams with interpolated Kneser–Ney, counted on the same training part and scored on the same ${baseline.characters} held-out characters, in nats per character: ${baselineText(baseline)}.`,
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
      put(li.select('.tg-step'), (d) => `step ${d.step}${d.step === 0 ? ' (untrained)' : ''}: `);
      const texts = li.select('.tg-text').classed('tg-pending', (d) => d.text === null);
      put(texts, (d) => d.text ?? (d.error !== null ? `could not sample: ${d.error}` : 'writing…'));
    },
  };
}
