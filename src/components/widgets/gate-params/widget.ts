// The parameter-count figure as a widget: a synchronous model, so it redraws on every slider input.
import type { Widget } from '../../figure/widget.ts';
import { type GateParamsModel, gateParamsModel } from './model.ts';
import { type GateParamsSchema, gateParamsSchema } from './state.ts';
import { gateParamsView } from './view.ts';

const widget: Widget<GateParamsSchema, GateParamsModel> = {
  schema: gateParamsSchema,
  model: gateParamsModel,
  view: gateParamsView,
};

export default widget;
