// The BPTT view (D3 only): the unrolled graph walked backward, ∂L/∂h_t as a colour strip at each reached step, and each step's contribution to ∂L/∂W_hh added to a running sum beside the shared gradient.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { sci } from '../../ui/sci.ts';
import { SENTENCE_PRESETS, sentenceInput } from '../../ui/sentenceInput.ts';
import { num, strip, sub } from '../../ui/strip.ts';
import { H } from '../../models/tinyRnn.ts';
import { stepper } from '../../ui/stepper.ts';
import type { BpttModel } from './model.ts';
import type { BpttSchema } from './state.ts';

const HINT = 'Point at a square, or Tab to a step, to read its exact values.';
const at = (k: number) => `[${Math.floor(k / H) + 1},${(k % H) + 1}]`;

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
      const first = T - m.back + 1;
      summary.text(
        T === 0
          ? 'Type a sentence with at least one word.'
          : `Each step t predicts the next word with loss L${sub(1)}, …, L${sub(T)}; L = Σ L_t = ${num(m.loss)}. ` +
              (m.back === 0
                ? 'The backward pass has not started: press “Go back one step”.'
                : `The backward pass has gone from step ${T} back to step ${first}.`),
      );
      const reached = (t: number) => t >= first;

      const li = graph
        .selectAll<HTMLLIElement, BpttModel['steps'][number]>('li')
        .data(m.steps)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'ur-word');
          e.append('span').attr('class', 'bp-loss');
          e.append('span').attr('class', 'ur-row ur-g');
          e.append('span').attr('class', 'bp-norm');
          return e;
        })
        .attr(
          'class',
          (d) => `ur-cell${reached(d.t) ? '' : ' ur-unread'}${d.t === first ? ' ur-selected' : ''}`,
        )
        .attr('tabindex', (d) => (reached(d.t) ? 0 : null))
        .attr('aria-label', (d) =>
          reached(d.t)
            ? `Step ${d.t}, “${d.word}” predicts “${d.target}”, L${sub(d.t)} = ${num(d.loss, 4)}; ∂L/∂h${sub(d.t)} = [${d.gradH.map((v) => num(v, 4)).join(', ')}]; contribution to ∂L/∂W_hh has length ${sci(d.contributionNorm)}`
            : `Step ${d.t}, “${d.word}”, not reached by the backward pass yet`,
        )
        .on('focus', function () {
          show(this.getAttribute('aria-label'));
        })
        .on('blur', () => show(null));
      li.select('.ur-word').text((d) => `${d.t}. ${d.word} → ${d.target}`);
      li.select('.bp-loss').text((d) => `L${sub(d.t)} = ${num(d.loss)}`);
      li.select('.bp-norm').text((d) =>
        reached(d.t) ? `‖∂L/∂h${sub(d.t)}‖ = ${num(d.gradHNorm, 3)}` : 'not reached',
      );
      li.each(function (d) {
        const row = select<HTMLLIElement, unknown>(this as HTMLLIElement).select<HTMLElement>('.ur-g');
        row.attr('data-label', reached(d.t) ? `∂h${sub(d.t)}` : null);
        strip(row, reached(d.t) ? d.gradH : [], {
          name: `∂L/∂h${sub(d.t)}`,
          scale: m.gradScale,
          onHover: show,
        });
      });

      const boxes = [
        ...m.steps
          .filter((d) => reached(d.t))
          .reverse()
          .map((d, i) => ({
            key: `s${d.t}`,
            title: `${i === 0 ? '' : '+ '}step ${d.t}`,
            name: `∂L/∂W_hh⁽${d.t}⁾`,
            values: d.contribution,
            note: `‖·‖ = ${sci(d.contributionNorm)}`,
          })),
        ...(T === 0
          ? []
          : [
              {
                key: 'sum',
                title: `= sum of ${m.back} step${m.back === 1 ? '' : 's'}`,
                name: 'Σ',
                values: m.partial,
                note: `‖·‖ = ${sci(m.partialNorm)}`,
              },
              {
                key: 'shared',
                title: 'shared ∂L/∂W_hh',
                name: '∂L/∂W_hh',
                values: m.shared,
                note: `‖·‖ = ${sci(m.sharedNorm)}`,
              },
            ]),
      ];
      const box = mats
        .selectAll<HTMLDivElement, (typeof boxes)[number]>('div.bp-mat')
        .data(boxes, (d) => d.key)
        .join((enter) => {
          const d = enter.append('div').attr('class', 'bp-mat');
          d.append('span').attr('class', 'bp-mat-title');
          d.append('span').attr('class', 'bp-grid');
          d.append('span').attr('class', 'bp-mat-note');
          return d;
        })
        .classed('bp-total', (d) => d.key === 'sum' || d.key === 'shared');
      box.order();
      box.select('.bp-mat-title').text((d) => d.title);
      box.select('.bp-mat-note').text((d) => d.note);
      box.each(function (d) {
        const grid = select<HTMLDivElement, unknown>(this as HTMLDivElement).select<HTMLElement>('.bp-grid');
        grid
          .attr('role', 'img')
          .attr('aria-label', `${d.title}: a ${H} by ${H} matrix, length ${d.note.slice(6)}`);
        strip(grid, d.values, { name: d.name, scale: m.matrixScale, at, onHover: show });
      });

      result.text(
        T === 0
          ? ''
          : m.back < T
            ? `The sum so far covers steps ${first} to ${T}; ${first - 1} step${first === 2 ? '' : 's'} still to go.`
            : `All ${T} contributions summed: they equal the gradient of the shared W_hh, computed by a separate backward pass (largest difference between entries: ${sci(m.maxDifference)}).`,
      );
    },
  };
}
