// The induction figure's words for its numbers, shared by the live view, the static frame and the tests.
import type { CopyEvaluation } from './inductionRun.ts';
import { FORMED_RATIO, formedAt, type HeadScores, MOSTLY } from './scores.ts';

/** Token ids as letters (a, b, c, …): short labels for the heatmap's rows and columns. */
export function tokenName(id: number): string {
  return String.fromCharCode(97 + id);
}

const f2 = (v: number) => v.toFixed(2);
const f3 = (v: number) => (v < 0.01 ? v.toPrecision(2) : v.toFixed(3));

/** Where the copy stands: the latest losses, and the step where it formed by the stated criterion. */
export function copyText(ev: readonly CopyEvaluation[]): string {
  const last = ev[ev.length - 1];
  if (last === undefined) return 'Copy losses: not measured yet.';
  const now = `At step ${last.step}: first copy ${f2(last.first)}, second copy ${f3(last.second)} nats per token.`;
  const at = formedAt(ev);
  const rule = `second-copy loss below ${FORMED_RATIO === 0.5 ? 'half' : `${FORMED_RATIO} ×`} the first-copy loss`;
  return at === null
    ? `${now} The copy has not formed yet (${rule}).`
    : `${now} The copy formed at step ${at.step}: the first evaluation with ${rule} (${f3(at.second)} against ${f2(at.first)}).`;
}

/** One head's scores in words, naming it when it is the figure's induction or previous-token head. */
export function headText(
  s: HeadScores,
  picked: { induction: HeadScores; previous: HeadScores },
  even: { induction: number; previous: number },
): string {
  // a head is named only where it puts most of its attention there (untrained heads spread it evenly)
  const is = (p: HeadScores) => s.layer === p.layer && s.head === p.head;
  const role =
    is(picked.induction) && s.induction >= MOSTLY
      ? ' — the induction head'
      : is(picked.previous) && s.previous >= MOSTLY
        ? ' — the previous-token head'
        : '';
  return `Layer ${s.layer}, head ${s.head}${role}: induction score ${f2(s.induction)}, previous-token score ${f2(s.previous)} (an even spread gives ${f2(even.induction)} and ${f2(even.previous)}).`;
}

/**
 * What the heads do, in one computed sentence: an induction head composed with a previous-token head (the
 * circuit Olsson et al. 2022 describe), a head that copies by position alone, or nothing yet.
 */
export function mechanismText(
  picked: { induction: HeadScores; previous: HeadScores },
  even: { induction: number; previous: number },
  half: number,
): string {
  const ind = picked.induction;
  const prev = picked.previous;
  if (ind.induction < MOSTLY)
    return `No head puts most of its attention on the token after the previous occurrence yet: the best induction score is ${f2(ind.induction)} (an even spread gives ${f2(even.induction)}).`;
  const found = `Layer ${ind.layer}, head ${ind.head} attends to the token after the previous occurrence (induction score ${f2(ind.induction)}; an even spread gives ${f2(even.induction)})`;
  if (ind.layer > 1 && prev.previous >= MOSTLY)
    return `${found}, reading what layer 1, head ${prev.head} gathered: it looks at the previous token (previous-token score ${f2(prev.previous)}). That pair is an induction circuit.`;
  return `${found}, but no first-layer head looks at the previous token (best previous-token score ${f2(prev.previous)}; an even spread gives ${f2(even.previous)}). It copies without the previous-token head an induction head composes with, which one head can do by position alone where every repeat sits exactly ${half - 1} positions after the token it follows.`;
}
