// What the BPTT figure draws, as plain data: the summary, one cell per step of the unrolled graph, the
// contribution grids with their running sum, and the closing line. BpttFigure.astro (static first frame)
// and view.ts (live) both draw from it, so the two frames say and colour the same things.
import { H } from '../../models/tinyRnn.ts';
import { sci } from '../../ui/sci.ts';
import { num, type Square, squares, sub } from '../../ui/strip.ts';
import type { BpttModel } from './model.ts';

export interface BpttCell {
  t: number;
  className: string;
  reached: boolean;
  word: string;
  loss: string;
  /** The strip's label (∂h₃), or null before the backward pass reaches the step. */
  gradLabel: string | null;
  grad: Square[];
  norm: string;
  /** The step in words, for a screen reader and the hover line. */
  description: string;
}

export interface BpttBox {
  key: string;
  title: string;
  /** The running sum and the shared gradient are set apart from the single steps. */
  total: boolean;
  grid: Square[];
  note: string;
  description: string;
}

export interface BpttLayout {
  summary: string;
  cells: BpttCell[];
  boxes: BpttBox[];
  result: string;
}

/** Entry k of an H×H matrix stored row-major, as [row,column]. */
const at = (k: number) => `[${Math.floor(k / H) + 1},${(k % H) + 1}]`;

export function bpttLayout(m: BpttModel): BpttLayout {
  const T = m.words.length;
  const first = T - m.back + 1;
  const reached = (t: number) => t >= first;
  const summary =
    T === 0
      ? 'Type a sentence with at least one word.'
      : `Each step t predicts the next word with loss L${sub(1)}, …, L${sub(T)}; L = Σ L_t = ${num(m.loss)}. ` +
        (m.back === 0
          ? 'The backward pass has not started: press “Go back one step”.'
          : `The backward pass has gone from step ${T} back to step ${first}.`);

  const cells = m.steps.map((d) => ({
    t: d.t,
    className: `ur-cell${reached(d.t) ? '' : ' ur-unread'}${d.t === first ? ' ur-selected' : ''}`,
    reached: reached(d.t),
    word: `${d.t}. ${d.word} → ${d.target}`,
    loss: `L${sub(d.t)} = ${num(d.loss)}`,
    gradLabel: reached(d.t) ? `∂h${sub(d.t)}` : null,
    grad: squares(reached(d.t) ? d.gradH : [], { name: `∂L/∂h${sub(d.t)}`, scale: m.gradScale }),
    norm: reached(d.t) ? `‖∂L/∂h${sub(d.t)}‖ = ${num(d.gradHNorm, 3)}` : 'not reached',
    description: reached(d.t)
      ? `Step ${d.t}, “${d.word}” predicts “${d.target}”, L${sub(d.t)} = ${num(d.loss, 4)}; ∂L/∂h${sub(d.t)} = [${d.gradH.map((v) => num(v, 4)).join(', ')}]; contribution to ∂L/∂W_hh has length ${sci(d.contributionNorm)}`
      : `Step ${d.t}, “${d.word}”, not reached by the backward pass yet`,
  }));

  const box = (
    key: string,
    title: string,
    name: string,
    values: number[],
    length: number,
    total: boolean,
  ) => ({
    key,
    title,
    total,
    grid: squares(values, { name, scale: m.matrixScale, at }),
    note: `‖·‖ = ${sci(length)}`,
    description: `${title}: a ${H} by ${H} matrix, length ${sci(length)}`,
  });
  const boxes = [
    ...m.steps
      .filter((d) => reached(d.t))
      .reverse()
      .map((d, i) =>
        box(
          `s${d.t}`,
          `${i === 0 ? '' : '+ '}step ${d.t}`,
          `∂L/∂W_hh⁽${d.t}⁾`,
          d.contribution,
          d.contributionNorm,
          false,
        ),
      ),
    ...(T === 0
      ? []
      : [
          box(
            'sum',
            `= sum of ${m.back} step${m.back === 1 ? '' : 's'}`,
            'Σ',
            m.partial,
            m.partialNorm,
            true,
          ),
          box('shared', 'shared ∂L/∂W_hh', '∂L/∂W_hh', m.shared, m.sharedNorm, true),
        ]),
  ];

  const result =
    T === 0
      ? ''
      : m.back < T
        ? `The sum so far covers steps ${first} to ${T}; ${first - 1} step${first === 2 ? '' : 's'} still to go.`
        : `All ${T} contributions summed: they equal the gradient of the shared W_hh, computed by a separate backward pass (largest difference between entries: ${sci(m.maxDifference)}).`;

  return { summary, cells, boxes, result };
}
