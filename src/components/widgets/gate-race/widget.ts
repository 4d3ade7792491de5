// The race as a widget: every change of lag or seed starts three fresh, seeded runs, each on its own
// channel to a training worker; on a two-core laptop all three share one worker, trained slice by slice
// in turn, so the page keeps a core (see trainingChannels).
import type { Widget } from '../../figure/widget.ts';
import { trainingChannels } from '../../training/trainingChannels.ts';
import { type GateRaceModel, gateRaceModel } from './model.ts';
import { type GateRaceSchema, gateRaceSchema } from './state.ts';
import { gateRaceView } from './view.ts';

const widget: Widget<GateRaceSchema, GateRaceModel> = {
  schema: gateRaceSchema,
  model: (state, _signal, runs) => gateRaceModel(state, runs, () => trainingChannels(3)),
  view: gateRaceView,
};

export default widget;
