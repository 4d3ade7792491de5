// The length-curves figure's model: three encoder–decoders (no attention, dot-product, additive) on the dates task, each trained in its own worker for the same number of steps.
import type { AttentionKind, PortLike } from '../../../engine/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import { reverseConfig } from '../../training/reverse.ts';
import { type Band, DatesRun } from '../../training/datesRun.ts';
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
  /** Held-out accuracy by input length of run i at its latest evaluation. */
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
  return {
    runs,
    task: s.task,
    measure: s.measure,
    bands: (i) => runs[i].latest?.bands ?? [],
  };
}
