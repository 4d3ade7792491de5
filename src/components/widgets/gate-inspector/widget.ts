// The gate inspector as a widget: a synchronous model, so it redraws on every slider input.
import type { Widget } from '../../figure/widget.ts';
import { type GateInspectorModel, gateInspectorModel } from './model.ts';
import { type GateInspectorSchema, gateInspectorSchema } from './state.ts';
import { gateInspectorView } from './view.ts';

const widget: Widget<GateInspectorSchema, GateInspectorModel> = {
  schema: gateInspectorSchema,
  model: gateInspectorModel,
  view: gateInspectorView,
};

export default widget;
