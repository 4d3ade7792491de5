// The race as a widget: every change of lag or seed starts three fresh, seeded runs, one worker per cell.
import type { Widget } from '../../figure/widget.ts';
import { type GateRaceModel, gateRaceModel } from './model.ts';
import { type GateRaceSchema, gateRaceSchema } from './state.ts';
import { gateRaceView } from './view.ts';

const widget: Widget<GateRaceSchema, GateRaceModel> = {
  schema: gateRaceSchema,
  model: (state) =>
    gateRaceModel(
      state,
      () =>
        new Worker(new URL('../../../engine/worker/train.worker.ts', import.meta.url), { type: 'module' }),
    ),
  view: gateRaceView,
};

export default widget;
