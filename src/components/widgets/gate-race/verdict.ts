// The race's verdict, computed from the three runs' losses: which cells learned, which stayed at chance.
import type { Point } from '../../training/trainingRun.ts';

export type Cell = 'rnn' | 'lstm' | 'gru';
export const CELLS: readonly Cell[] = ['rnn', 'lstm', 'gru'];
export const CELL_NAME: Record<Cell, string> = { rnn: 'RNN', lstm: 'LSTM', gru: 'GRU' };

/** How a finished run ended: its loss against ln K, the loss of a uniform guess among K symbols. */
export type Outcome = 'learned' | 'chance' | 'partial' | 'stopped' | 'running';

/** Mean of the last `n` recorded losses (training batches are small, so one loss is noisy); the race records every step. */
export function finalLoss(points: readonly Point[], n = 20): number | null {
  if (points.length === 0) return null;
  const tail = points.slice(-n);
  return tail.reduce((s, p) => s + p.loss, 0) / tail.length;
}

/** learned: below a tenth of ln K (about 97% of the probability on the right symbol); chance: above 3/4 of ln K. */
export function outcome(points: readonly Point[], K: number, finished: boolean, diverged: boolean): Outcome {
  if (diverged) return 'stopped';
  if (!finished) return 'running';
  const l = finalLoss(points);
  if (l === null) return 'stopped';
  const chance = Math.log(K);
  return l < 0.1 * chance ? 'learned' : l > 0.75 * chance ? 'chance' : 'partial';
}

export type VerdictKind = 'gated-win' | 'all-learn' | 'none-learn' | 'mixed' | 'pending';

export interface Verdict {
  kind: VerdictKind;
  text: string;
}

export function verdict(lag: number, o: Record<Cell, Outcome>): Verdict {
  if (CELLS.some((c) => o[c] === 'running')) return { kind: 'pending', text: 'The race is on…' };
  const learned = CELLS.filter((c) => o[c] === 'learned');
  const gatedWin = o.lstm === 'learned' && o.gru === 'learned' && o.rnn === 'chance';
  if (gatedWin)
    return {
      kind: 'gated-win',
      text: `Verdict at lag ${lag}: the gated cells learn and the RNN stays near chance.`,
    };
  if (learned.length === 3)
    return { kind: 'all-learn', text: `Verdict at lag ${lag}: all three cells learn.` };
  if (learned.length === 0 && !CELLS.some((c) => o[c] === 'stopped'))
    return { kind: 'none-learn', text: `Verdict at lag ${lag}: no cell learned within the step budget.` };
  const names = (cs: Cell[]) => cs.map((c) => CELL_NAME[c]).join(' and ');
  const stopped = CELLS.filter((c) => o[c] === 'stopped');
  const rest = CELLS.filter((c) => o[c] !== 'learned' && o[c] !== 'stopped');
  const parts = [
    learned.length > 0 ? `the ${names(learned)} learned` : '',
    rest.length > 0 ? `the ${names(rest)} did not` : '',
    stopped.length > 0
      ? `the ${names(stopped)} stopped on an overflow, so ${stopped.length > 1 ? 'they have' : 'it has'} no result`
      : '',
  ].filter(Boolean);
  return { kind: 'mixed', text: `Verdict at lag ${lag}: ${parts.join('; ')}.` };
}
