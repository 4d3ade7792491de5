// The tiny GPT figure's words for its numbers, shared by the live view and the tests: held-out loss against the n-gram baseline, and where it first passed each order.
import type { CharBaseline } from '../../../tasks/charNgram.ts';
import type { Evaluation } from './gptRun.ts';

export function gramName(n: number): string {
  return `${n}-gram`;
}

/** The first evaluation whose held-out loss is below each n-gram order's, or null where none is yet. */
export function passed(evaluations: readonly Evaluation[], baseline: CharBaseline): (Evaluation | null)[] {
  return baseline.loss.map((l) => evaluations.find((e) => e.heldOutLoss < l) ?? null);
}

/** "1-gram 2.97 · 2-gram 2.42 · …" */
export function baselineText(b: CharBaseline): string {
  return b.loss.map((l, k) => `${gramName(k + 1)} ${l.toFixed(2)}`).join(' · ');
}

/** What the held-out loss says now, in one sentence; never a non-finite number. */
export function heldOutText(
  evaluations: readonly Evaluation[],
  baseline: CharBaseline,
  vocab: number,
): string {
  const last = evaluations[evaluations.length - 1];
  const uniform = `guessing uniformly among ${vocab} characters costs ln ${vocab} = ${Math.log(vocab).toFixed(2)}`;
  if (last === undefined) return `Held-out loss: not measured yet (${uniform}).`;
  const p = passed(evaluations, baseline);
  const best = p.reduce<number>((k, e, i) => (e !== null ? i : k), -1);
  const since = p[best];
  const where =
    since == null
      ? `not yet below any character n-gram`
      : `below the ${gramName(best + 1)} since step ${since.step} (${Math.round(since.seconds)} s of training)${
          best + 1 < baseline.loss.length
            ? `; the ${gramName(best + 2)} is at ${baseline.loss[best + 1].toFixed(2)}`
            : ''
        }`;
  const top = baseline.loss.length;
  const gap = last.heldOutLoss - baseline.loss[top - 1];
  const behind =
    gap > 0 ? ` The best, the ${gramName(top)}, is ${gap.toFixed(2)} nats per character lower.` : '';
  return `Held-out loss ${last.heldOutLoss.toFixed(2)} nats per character at step ${last.step} (${uniform}): ${where}.${behind}`;
}
