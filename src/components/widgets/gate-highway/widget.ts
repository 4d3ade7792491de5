// The gradient highway as a widget: a synchronous model, so it redraws on every slider input.
import type { Widget } from '../../figure/widget.ts';
import { type GateHighwayModel, gateHighwayModel } from './model.ts';
import { type GateHighwaySchema, gateHighwaySchema } from './state.ts';
import { gateHighwayView } from './view.ts';

const widget: Widget<GateHighwaySchema, GateHighwayModel> = {
  schema: gateHighwaySchema,
  model: gateHighwayModel,
  view: gateHighwayView,
};

export default widget;
