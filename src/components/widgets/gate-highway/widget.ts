// The gradient highway as a widget: the model runs in three short tasks (see gateHighwaySteps), so it still redraws on every slider input without blocking the page.
import { inTasks } from '../../figure/inTasks.ts';
import type { Widget } from '../../figure/widget.ts';
import { type GateHighwayModel, gateHighwaySteps } from './model.ts';
import { type GateHighwaySchema, gateHighwaySchema } from './state.ts';
import { gateHighwayView } from './view.ts';

const widget: Widget<GateHighwaySchema, GateHighwayModel> = {
  schema: gateHighwaySchema,
  model: (state, signal) => inTasks(gateHighwaySteps(state), signal),
  view: gateHighwayView,
};

export default widget;
