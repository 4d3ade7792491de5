// The sparsity figure's model: from the held-out evaluation the corpus build computed, the share of held-out
// n-grams training never saw, and the distinct n-grams training saw against the V^n possible (log scale).
import type { StateOf } from '../../figure/stateSchema.ts';
import type { CorpusEvaluation } from '../../../lib/text/corpusMeta.ts';
import { gramName } from '../../ui/ngramWords.ts';
import { fromLog10, powerOfTen } from '../../ui/scientific.ts';
import type { SparsitySchema } from './state.ts';

export interface UnseenBar {
  n: number;
  name: string;
  /** Share of held-out n-grams never seen in training, 0…1. */
  share: number;
  label: string;
}

export interface LogBar {
  kind: 'possible' | 'seen';
  /** Bar length as a share of the axis, 0…1: log10(value) / axis maximum. */
  length: number;
  label: string;
}

export interface LogGroup {
  n: number;
  name: string;
  bars: LogBar[];
  /** "one in 5.5 × 10¹²": how rare a seen n-gram is among the possible ones. */
  ratio: string;
}

export interface SparsityModel {
  unseen: UnseenBar[];
  groups: LogGroup[];
  /** Axis ticks for the log panel: position 0…1, label 10^k, and how far the label shifts left of its tick. */
  ticks: { at: number; label: string; shift: string }[];
}

const int = new Intl.NumberFormat('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function sparsityModel(evaluation: CorpusEvaluation, state: StateOf<SparsitySchema>): SparsityModel {
  const rows = evaluation.sparsity;
  const unseen = rows.map((r) => {
    const [part, whole] =
      state.count === 'windows'
        ? [r.heldOutUnseen, r.heldOutNgrams]
        : [r.heldOutDistinctUnseen, r.heldOutDistinct];
    const share = whole > 0 ? part / whole : 0;
    return {
      n: r.n,
      name: gramName(r.n),
      share,
      label: `${pct(share)} of ${int.format(whole)}`,
    };
  });
  // The axis runs from 10⁰ to the next multiple of 6 above the largest V^n, so the ticks are round.
  const top = Math.max(6, Math.ceil(Math.max(...rows.map((r) => r.log10Possible)) / 6) * 6);
  const groups = rows.map((r) => {
    const seenLog = r.trainDistinct > 0 ? Math.log10(r.trainDistinct) : 0;
    return {
      n: r.n,
      name: gramName(r.n),
      bars: [
        {
          kind: 'possible' as const,
          length: r.log10Possible / top,
          label: `possible: V${r.n === 1 ? '' : powerOfTen(r.n).slice(2)} = ${fromLog10(r.log10Possible)}`,
        },
        {
          kind: 'seen' as const,
          length: seenLog / top,
          label: `seen in training: ${int.format(r.trainDistinct)}`,
        },
      ],
      ratio:
        r.log10SeenShare === null || r.trainDistinct === 0
          ? 'none seen'
          : r.log10SeenShare > -0.01
            ? 'all of them: V is the number of words training saw'
            : `one in ${fromLog10(-r.log10SeenShare)} seen`,
    };
  });
  const ticks = [];
  // The first label starts at its tick and the last ends at it, so neither hangs outside the figure.
  for (let k = 0; k <= top; k += 6)
    ticks.push({ at: k / top, label: powerOfTen(k), shift: k === 0 ? '0' : k === top ? '-100%' : '-50%' });
  return { unseen, groups, ticks };
}
