// The evaluation figure's model: held-out perplexity against n for maximum likelihood (infinite wherever a
// test n-gram was never seen), add-k and interpolated Kneser–Ney, from the corpus build's evaluation.json.
import type { StateOf } from '../../figure/stateSchema.ts';
import type { CorpusEvaluation, PerplexityFigure } from '../../../lib/text/corpusMeta.ts';
import { gramName } from '../../ui/ngramWords.ts';
import { powerOfTen } from '../../ui/scientific.ts';
import type { PerplexitySchema } from './state.ts';

export type Method = 'mle' | 'addK' | 'kneserNey';

export interface PerplexityBar {
  method: Method;
  name: string;
  infinite: boolean;
  /** The perplexity, or null when infinite. */
  value: number | null;
  /** Bar length on the log axis, 0…1; an infinite perplexity runs the full length. */
  length: number;
  /** The number as shown: digits, or ∞. */
  label: string;
  /** Why an infinite perplexity is infinite. */
  note?: string;
}

export interface PerplexityGroup {
  n: number;
  name: string;
  bars: PerplexityBar[];
}

export interface PerplexityModel {
  groups: PerplexityGroup[];
  ticks: { at: number; label: string; shift: string }[];
  /** The add-k the bars show, in words. */
  addKName: string;
}

/** Share of the axis that finite perplexities use; the last stretch stands for ∞. */
export const FINITE = 0.88;

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const METHOD_NAME: Record<Method, string> = {
  mle: 'maximum likelihood',
  addK: 'add-k',
  kneserNey: 'Kneser–Ney',
};

function labelFor(f: PerplexityFigure): string {
  return f.infinite || f.perplexity === null ? '∞' : int.format(f.perplexity);
}

function noteFor(f: PerplexityFigure, n: number): string | undefined {
  if (!f.infinite && f.perplexity !== null) return undefined;
  return `a test ${n === 1 ? 'word' : 'n-gram'} was never seen: ${pct(f.zeroShare)} of test tokens get probability 0`;
}

export function perplexityModel(
  evaluation: CorpusEvaluation,
  state: StateOf<PerplexitySchema>,
): PerplexityModel {
  // One axis for every k, so switching k moves bars, never the scale.
  const finite: number[] = [];
  for (const row of evaluation.perplexity) {
    for (const f of [row.mle, row.kneserNey, ...row.addK])
      if (f.perplexity !== null) finite.push(f.perplexity);
  }
  const lo = finite.length > 0 ? Math.floor(Math.log10(Math.min(...finite))) : 0;
  const hi = finite.length > 0 ? Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...finite)))) : 1;
  // Finite values fill the axis up to FINITE; the rest of the track, past the last power of ten, is ∞.
  const length = (f: PerplexityFigure) =>
    f.perplexity === null
      ? 1
      : FINITE * Math.min(1, Math.max(0.01, (Math.log10(f.perplexity) - lo) / (hi - lo)));

  const groups = evaluation.perplexity.map((row) => {
    const k = state.k === 'best' ? row.bestK : Number(state.k);
    const addK = row.addK.find((a) => a.k === k);
    const figures: [Method, string, PerplexityFigure | undefined][] = [
      ['mle', METHOD_NAME.mle, row.mle],
      ['addK', `add-k, k = ${k}`, addK],
      ['kneserNey', METHOD_NAME.kneserNey, row.kneserNey],
    ];
    const bars = figures
      .filter((f): f is [Method, string, PerplexityFigure] => f[2] !== undefined)
      .map(([method, name, f]) => ({
        method,
        name,
        infinite: f.infinite || f.perplexity === null,
        value: f.perplexity,
        length: length(f),
        label: labelFor(f),
        note: noteFor(f, row.n),
      }));
    return { n: row.n, name: gramName(row.n), bars };
  });
  const ticks = [];
  for (let e = lo; e <= hi; e++) {
    ticks.push({ at: (FINITE * (e - lo)) / (hi - lo), label: powerOfTen(e), shift: e === lo ? '0' : '-50%' });
  }
  ticks.push({ at: 1, label: '∞', shift: '-100%' });
  const addKName = state.k === 'best' ? 'add-k with the best k for each n' : `add-k with k = ${state.k}`;
  return { groups, ticks, addKName };
}
