// The length-curves figure's model: three encoder–decoders (no attention, dot-product, additive) on the dates task, each trained in its own worker for the same number of steps.
import type { AttentionKind, PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { reverseBands, reverseConfig, reverseModel } from '../bottleneck/reverse.ts';
import { type Band, DatesRun } from '../dates-common/datesRun.ts';
import type { LengthCurvesSchema } from './state.ts';

export const MAX_STEPS = 800;
export const HIDDEN = 32;

export const MODELS: { attention: AttentionKind; name: string; cls: string }[] = [
  { attention: 'none', name: 'no attention (context vector only)', cls: 'lc-2' },
  { attention: 'dot', name: 'dot-product attention', cls: 'lc-3' },
  { attention: 'additive', name: 'additive (Bahdanau) attention', cls: 'lc-1' },
];

export interface LengthCurvesModel {
  runs: DatesRun[];
  task: 'dates' | 'reverse';
  measure: 'exact' | 'char';
  /** Accuracy by length of run i at its latest evaluation (reversal is scored here, on fresh seeded sequences). */
  bands(i: number): Band[];
}

export function lengthCurvesModel(
  s: StateOf<LengthCurvesSchema>,
  port: () => PortLike & { terminate?(): void },
  previous: LengthCurvesModel | null = null,
  evalEveryMs = 3000,
): LengthCurvesModel {
  const reuse =
    previous?.runs.every((r) => !r.closed) &&
    previous.task === s.task &&
    previous.runs[0].settings.seed === s.seed;
  const runs =
    reuse && previous
      ? previous.runs
      : MODELS.map(
          (m) =>
            new DatesRun(port(), {
              task: s.task,
              reverseConfig: reverseConfig(HIDDEN, m.attention),
              attention: m.attention,
              hidden: HIDDEN,
              seed: s.seed,
              maxSteps: MAX_STEPS,
              evalPerBand: 30,
              evalEveryMs,
            }),
        );
  const memo = new Map<DatesRun, { step: number; bands: Band[] }>();
  return {
    runs,
    task: s.task,
    measure: s.measure,
    bands(i) {
      const run = runs[i];
      const ev = run.latest;
      if (s.task === 'dates' || ev === null) return ev?.bands ?? [];
      const hit = memo.get(run);
      if (hit?.step === ev.step) return hit.bands;
      const bands = reverseBands(reverseModel(HIDDEN, ev.params, MODELS[i].attention));
      memo.set(run, { step: ev.step, bands });
      return bands;
    },
  };
}
