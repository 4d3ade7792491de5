// What the unroller draws, as plain data: one cell per word of the unrolled graph (x_t and h_t as squares),
// the recurrence of the latest step in words, and its table of terms written out. UnrollerFigure.astro
// (static first frame) and view.ts (live) both draw from it, so the two frames cannot drift apart.
import { H, MAX_T } from '../../models/tinyRnn.ts';
import { num, type Square, squares, sub, vec } from '../../ui/strip.ts';
import { termsTable, type UnrollerModel } from './model.ts';

export interface UnrollerCell {
  key: string;
  /** 0 for the start state h₀, else the word's position. */
  t: number;
  className: string;
  /** Read cells take the keyboard focus, which reads their numbers out. */
  read: boolean;
  word: string;
  xLabel: string | null;
  x: Square[];
  hLabel: string | null;
  h: Square[];
  description: string;
}

export interface UnrollerLayout {
  /** Why the graph is empty or cut short, or null. */
  message: string | null;
  cells: UnrollerCell[];
  equation: string;
  /** The terms of the latest step, written out; null before the first word is read. */
  table: { caption: string; columns: string[]; rows: { unit: string; values: string[] }[] } | null;
}

export function unrollerLayout(m: UnrollerModel): UnrollerLayout {
  const T = m.words.length;
  const message =
    T === 0
      ? 'Type a sentence with at least one word.'
      : m.truncated
        ? `Only the first ${MAX_T} words are read, to keep every number on screen.`
        : null;
  const h0 = new Array<number>(H).fill(0);
  const cells: UnrollerCell[] = [
    {
      key: 'h0',
      t: 0,
      className: 'ur-cell',
      read: true,
      word: 'h₀ = 0',
      xLabel: null,
      x: [],
      hLabel: `h${sub(0)}`,
      h: squares(h0, { name: `h${sub(0)}`, scale: 1 }),
      description: `h${sub(0)} = ${vec(h0, 4)}: the state before any word`,
    },
    ...m.words.map((word, i) => {
      const t = i + 1;
      const step = t <= m.t ? m.steps[i] : null;
      return {
        key: `w${i}`,
        t,
        className: `ur-cell${t > m.t ? ' ur-unread' : ''}${t === m.t ? ' ur-selected' : ''}`,
        read: step !== null,
        word: `${t}. ${word}`,
        xLabel: step ? `x${sub(t)}` : null,
        x: squares(step?.x ?? [], { name: `x${sub(t)}`, scale: m.xScale }),
        hLabel: step ? `h${sub(t)}` : null,
        h: squares(step?.h ?? [], { name: `h${sub(t)}`, scale: 1 }),
        description: step
          ? `Step ${t}, “${word}”: x${sub(t)} = ${vec(step.x, 4)}, h${sub(t)} = ${vec(step.h, 4)}`
          : `“${word}”, not read yet`,
      };
    }),
  ];

  const terms = termsTable(m);
  if (terms === null)
    return {
      message,
      cells,
      equation:
        T === 0
          ? ''
          : `No word read yet: h₀ = 0. Press “Read the next word” to compute h₁ from h₀ and “${m.words[0]}”.`,
      table: null,
    };
  const k = sub(m.t);
  const p = sub(m.t - 1);
  return {
    message,
    cells,
    equation: `Step ${m.t}, “${m.steps[m.t - 1].word}”: h${k} = tanh(W_hh h${p} + W_xh x${k} + b_h)`,
    table: {
      caption: `The terms of step ${m.t}, one row per hidden unit, added left to right (h${p} = ${vec(m.prevH)})`,
      columns: ['unit j', ...terms.columns],
      rows: terms.rows.map((r) => ({ unit: String(r.unit), values: r.values.map((v) => num(v)) })),
    },
  };
}
