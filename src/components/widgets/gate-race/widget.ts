// The race as a widget: every change of lag or seed starts three fresh, seeded runs in one worker, each on
// its own channel. One thread for all three leaves a core to the page on a two-core laptop (three workers
// made the page's tasks stretch past 50 ms); the runs train slice by slice in turn.
import { workerChannels } from '../../../engine/index.ts';
import type { Widget } from '../../figure/widget.ts';
import { type GateRaceModel, gateRaceModel } from './model.ts';
import { type GateRaceSchema, gateRaceSchema } from './state.ts';
import { gateRaceView } from './view.ts';

const widget: Widget<GateRaceSchema, GateRaceModel> = {
  schema: gateRaceSchema,
  model: (state) => {
    const channels = workerChannels(
      new Worker(new URL('../../../engine/worker/train.worker.ts', import.meta.url), { type: 'module' }),
    );
    return gateRaceModel(state, () => channels.open());
  },
  view: gateRaceView,
};

export default widget;
