// The attention figure's model: an encoder–decoder with additive or dot-product attention on the dates task, trained in a worker; the alignment of the reader's date, and of a fixed date at successive evaluations (attention forming).
import type { PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { DatesRun, type Evaluation } from '../../training/datesRun.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { pageModel, type Reading, readDate } from '../../models/translate.ts';
import type { AttentionLabSchema } from './state.ts';

export const MAX_STEPS = 1500;
export const HIDDEN = 32;
/** The date whose alignment is kept at every evaluation. */
export const FIXED = 'Thursday, May 3rd 1979';
/** Thumbnails of the fixed date shown at most. */
export const FORMING = 6;

export interface AttentionLabModel {
  /** One part: the dates run with its evaluations. */
  run: FigureRun<DatesRun>;
  kind: 'additive' | 'dot';
  text: string;
  step: number;
  /** The reader's date with the latest weights. */
  reading(): { reading: Reading; step: number };
  /** The fixed date read with the weights of up to FORMING evaluations, spread from first to latest. */
  forming(): { step: number; reading: Reading }[];
}

/** Up to `k` evaluations, evenly spread, always including the first and the latest. */
export function spread<T>(xs: readonly T[], k: number): T[] {
  if (xs.length <= k) return [...xs];
  return Array.from({ length: k }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (k - 1))]);
}

/** Asks the figure for the run of this kind and seed: typing a date or stepping through decoding keeps it. */
export function attentionLabModel(
  s: StateOf<AttentionLabSchema>,
  runs: Runs,
  port: () => PortLike & { terminate?(): void },
  evalEveryMs = 1500,
): AttentionLabModel {
  const run = runs.get(`kind=${s.kind}|seed=${s.seed}`, () => [
    new DatesRun(port(), {
      attention: s.kind,
      hidden: HIDDEN,
      seed: s.seed,
      maxSteps: MAX_STEPS,
      evalPerBand: 30,
      evalEveryMs,
    }),
  ]);
  const memo = new Map<Evaluation | null, Reading>();
  const fixed = new Map<Evaluation, Reading>();
  const read = (ev: Evaluation | null, text: string) =>
    readDate(pageModel(s.kind, HIDDEN, s.seed, ev?.params), text);
  return {
    run,
    kind: s.kind,
    text: s.text,
    step: s.step,
    reading() {
      const ev = run.parts[0].latest;
      let r = memo.get(ev);
      if (r === undefined) {
        memo.clear();
        r = read(ev, s.text);
        memo.set(ev, r);
      }
      return { reading: r, step: ev?.step ?? 0 };
    },
    forming() {
      return spread(run.parts[0].evaluations, FORMING).map((ev) => {
        let r = fixed.get(ev);
        if (r === undefined) {
          r = read(ev, FIXED);
          fixed.set(ev, r);
        }
        return { step: ev.step, reading: r };
      });
    },
  };
}
