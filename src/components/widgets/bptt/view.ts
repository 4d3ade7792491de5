// The BPTT view (D3 only): the unrolled graph walked backward, ∂L/∂h_t as a colour strip at each reached step, and each step's contribution to ∂L/∂W_hh added to a running sum beside the shared gradient.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { SENTENCE_PRESETS, sentenceInput } from '../../ui/sentenceInput.ts';
import { drawStrip } from '../../ui/strip.ts';
import { stepper } from '../../ui/stepper.ts';
import { type BpttBox, type BpttCell, bpttLayout } from './bpttLayout.ts';
import type { BpttModel } from './model.ts';
import type { BpttSchema } from './state.ts';

const HINT = 'Point at a square, or Tab to a step, to read its exact values.';

export function bpttView(
  root: HTMLElement,
  _dispatch: Dispatch<BpttSchema>,
  ctx: ViewContext<BpttSchema>,
): WidgetView<BpttSchema, BpttModel> {
  const r = select(root).classed('bptt', true);
  const c1 = r.append('div').attr('class', 'widget-controls');
  const sentence = sentenceInput(c1, ctx, 'sentence', { presets: SENTENCE_PRESETS });
  const backward = stepper(r.append('div').attr('class', 'widget-controls'), ctx, 'back', {
    label: 'Steps gone back',
    buttons: [
      { name: 'back', text: '◀ Go back one step', by: 1 },
      { name: 'undo', text: 'Undo ▶', by: -1 },
    ],
  });
  const summary = r.append('p').attr('class', 'bp-summary').attr('aria-live', 'polite');
  const graph = r
    .append('ol')
    .attr('class', 'ur-graph')
    .attr('aria-label', 'The unrolled network, walked backward');
  const hover = r.append('p').attr('class', 'ur-hover').attr('aria-live', 'polite').text(HINT);
  const mats = r.append('div').attr('class', 'bp-mats');
  const result = r.append('p').attr('class', 'bp-result').attr('aria-live', 'polite');
  const show = (text: string | null) => hover.text(text ?? HINT);

  return {
    update(m, s) {
      const T = m.words.length;
      sentence.set(s.sentence);
      backward.set(s.back, m.back, T);
      const layout = bpttLayout(m);
      summary.text(layout.summary);

      const li = graph
        .selectAll<HTMLLIElement, BpttCell>('li')
        .data(layout.cells)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'ur-word');
          e.append('span').attr('class', 'bp-loss');
          e.append('span').attr('class', 'ur-row ur-g');
          e.append('span').attr('class', 'bp-norm');
          return e;
        })
        .attr('class', (d) => d.className)
        .attr('tabindex', (d) => (d.reached ? 0 : null))
        .attr('aria-label', (d) => d.description)
        .on('focus', function () {
          show(this.getAttribute('aria-label'));
        })
        .on('blur', () => show(null));
      li.select('.ur-word').text((d) => d.word);
      li.select('.bp-loss').text((d) => d.loss);
      li.select('.bp-norm').text((d) => d.norm);
      li.each(function (d) {
        const row = select<HTMLLIElement, unknown>(this as HTMLLIElement).select<HTMLElement>('.ur-g');
        row.attr('data-label', d.gradLabel);
        drawStrip(row, d.grad, show);
      });

      const box = mats
        .selectAll<HTMLDivElement, BpttBox>('div.bp-mat')
        .data(layout.boxes, (d) => d.key)
        .join((enter) => {
          const d = enter.append('div').attr('class', 'bp-mat');
          d.append('span').attr('class', 'bp-mat-title');
          d.append('span').attr('class', 'bp-grid');
          d.append('span').attr('class', 'bp-mat-note');
          return d;
        })
        .classed('bp-total', (d) => d.total);
      box.order();
      box.select('.bp-mat-title').text((d) => d.title);
      box.select('.bp-mat-note').text((d) => d.note);
      box.each(function (d) {
        const grid = select<HTMLDivElement, unknown>(this as HTMLDivElement).select<HTMLElement>('.bp-grid');
        grid.attr('role', 'img').attr('aria-label', d.description);
        drawStrip(grid, d.grid, show);
      });

      result.text(layout.result);
    },
  };
}
