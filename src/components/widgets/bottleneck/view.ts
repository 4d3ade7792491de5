// The bottleneck view (D3 only): context size, seed, pause; the reader's date and its prediction; the context vector as one strip for a short and a long input; accuracy against input length.
import { select } from 'd3-selection';
import type { Dispatch, WidgetView } from '../../figure/widget.ts';
import { accuracyChart, accuracyText } from '../../ui/accuracyChart.ts';
import { dateInput, readingLine } from '../../ui/dateInput.ts';
import { runBar } from '../../ui/runBar.ts';
import { choice, seedSlider } from '../../ui/controls.ts';
import { strip } from '../../ui/strip.ts';
import type { BottleneckModel } from './model.ts';
import { type BottleneckSchema, bottleneckSchema as S, CONTEXT_SIZES, TASK_TEXT, TASKS } from './state.ts';

export function bottleneckView(
  root: HTMLElement,
  dispatch: Dispatch<BottleneckSchema>,
): WidgetView<BottleneckSchema, BottleneckModel> {
  const r = select(root).classed('bottleneck', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const task = choice(c, {
    label: 'Task',
    name: 'task',
    options: TASKS,
    // a new task starts from its own text: a date left in the digit box was read as "317"
    onChange: (v) => dispatch({ task: v, text: TASK_TEXT[v] }),
  });
  const context = choice(c, {
    label: 'Context vector size',
    name: 'context',
    options: CONTEXT_SIZES,
    onChange: (v) => dispatch({ context: v }),
  });
  const seed = seedSlider(c, S.seed, (v) => dispatch({ seed: v }));
  let current: BottleneckModel | null = null;
  const bar = runBar(r, () => draw());
  const input = dateInput(r.append('div').attr('class', 'widget-controls'), {
    maxLength: S.text.maxLength,
    onInput: (v) => dispatch({ text: v }),
  });
  const typedLine = r.append('p').attr('class', 'dr-reading');
  const strips = r.append('div').attr('class', 'bn-strips');
  const shortRow = strips.append('div').attr('class', 'bn-row');
  const shortHead = shortRow.append('p').attr('class', 'bn-head');
  const shortStrip = shortRow
    .append<HTMLElement>('div')
    .attr('class', 'bn-strip')
    .attr('data-input', 'short');
  const typedRow = strips.append('div').attr('class', 'bn-row');
  const typedHead = typedRow.append('p').attr('class', 'bn-head');
  const typedStrip = typedRow
    .append<HTMLElement>('div')
    .attr('class', 'bn-strip')
    .attr('data-input', 'typed');
  const hover = r.append('p').attr('class', 'dr-hover').attr('aria-live', 'polite');
  const chart = accuracyChart(r, 'Accuracy against input length');

  const draw = () => {
    const m = current;
    if (!m) return;
    const run = m.run;
    bar.show();
    const { short, typed, step, bands } = m.readings();
    const unit = m.task === 'reverse' ? 'digits' : 'characters';
    typedLine.call(readingLine, typed, step);
    const scale = Math.max(0.5, ...short.context.map(Math.abs), ...typed.context.map(Math.abs));
    const onHover = (t: string | null) => hover.text(t ?? '');
    shortHead.text(
      `"${short.chars.join('')}": ${short.chars.length} ${unit} read → ${short.context.length} numbers`,
    );
    strip(shortStrip, short.context, { name: 'c', scale, onHover });
    typedHead.text(
      typed.empty
        ? 'your input: nothing to read, so no context vector'
        : `your input: ${typed.chars.length} ${unit} read → ${typed.context.length} numbers`,
    );
    strip(typedStrip, typed.context, { name: 'c', scale, onHover });
    const series = [
      { name: `${unit} right`, cls: 'lc-2', bands, measure: 'char' as const },
      {
        name: `whole ${m.task === 'reverse' ? 'reversal' : 'date'} right (exact match)`,
        cls: 'lc-1',
        bands,
        measure: 'exact' as const,
      },
    ];
    chart.update(
      series,
      `Held-out accuracy against input length, plain encoder–decoder with a ${m.hidden}-number context, step ${run.latest?.step ?? 0}. ${accuracyText(series, unit)}`,
      m.task === 'reverse' ? [1, 13] : [5, 45],
      m.task === 'reverse' ? 'sequence length (digits), held-out sequences' : undefined,
    );
  };

  return {
    update(m, s) {
      task.set(s.task);
      context.set(s.context);
      seed.set(s.seed);
      input.mode(s.task === 'reverse' ? 'Digits 0–7' : 'Date', s.task !== 'reverse');
      input.set(m.text);
      bar.follow(m.run);
      current = m;
      draw();
    },
    destroy() {
      bar.destroy();
    },
  };
}
