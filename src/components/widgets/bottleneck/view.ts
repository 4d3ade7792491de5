// The bottleneck view (D3 only): context size, seed, pause; the reader's date and its prediction; the context vector as one strip for a short and a long input; accuracy against input length.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { accuracyChart, accuracyText } from '../../ui/accuracyChart.ts';
import { dateInput, readingLine } from '../../ui/dateInput.ts';
import { runStatusText } from '../../training/datesRun.ts';
import { runBar } from '../../ui/runBar.ts';
import { choice, seedSlider } from '../../ui/controls.ts';
import { drawStrip } from '../../ui/strip.ts';
import { type ContextStrip, contextStrips } from './contextStrips.ts';
import type { BottleneckModel } from './model.ts';
import { type BottleneckSchema, TASK_TEXT } from './state.ts';

export function bottleneckView(
  root: HTMLElement,
  _dispatch: Dispatch<BottleneckSchema>,
  ctx: ViewContext<BottleneckSchema>,
): WidgetView<BottleneckSchema, BottleneckModel> {
  const r = select(root).classed('bottleneck', true);
  const c = r.append('div').attr('class', 'widget-controls');
  const task = choice(c, ctx, 'task', {
    label: 'Task',
    // a new task starts from its own text: a date left in the digit box was read as "317"
    also: (v) => ({ text: TASK_TEXT[v as keyof typeof TASK_TEXT] }),
  });
  const context = choice(c, ctx, 'context', { label: 'Context vector size' });
  const seed = seedSlider(c, ctx);
  const bar = runBar(r, { statusClass: 'dr-status', pauseClass: 'dr-pause' });
  const input = dateInput(r.append('div').attr('class', 'widget-controls'), ctx, 'text');
  const typedLine = r.append('p').attr('class', 'dr-reading');
  const strips = r.append('div').attr('class', 'bn-strips');
  const hover = r.append('p').attr('class', 'dr-hover').attr('aria-live', 'polite');
  const chart = accuracyChart(r, 'Accuracy against input length');

  const draw = (m: BottleneckModel) => {
    bar.update(m.run);
    const run = m.run.parts[0];
    bar.status.text(runStatusText(run));
    const { short, typed, step, bands } = m.readings();
    const unit = m.task === 'reverse' ? 'digits' : 'characters';
    typedLine.call(readingLine, typed, step);
    const onHover = (t: string | null) => hover.text(t ?? '');
    const row = strips
      .selectAll<HTMLDivElement, ContextStrip>('div.bn-row')
      .data(contextStrips(short, typed, unit), (d) => d.input)
      .join((enter) => {
        const e = enter.append('div').attr('class', 'bn-row');
        e.append('p').attr('class', 'bn-head');
        e.append('div').attr('class', 'bn-strip');
        return e;
      });
    row.select('.bn-head').text((d) => d.head);
    row.each(function (d) {
      const strip = select<HTMLDivElement, unknown>(this).select<HTMLElement>('.bn-strip');
      drawStrip(strip.attr('data-input', d.input), d.squares, onHover);
    });
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
      draw(m);
    },
  };
}
