// The unroller as a widget: a synchronous model, redrawn on every keystroke and step.
import type { Widget } from '../../figure/widget.ts';
import { type UnrollerModel, unrollerModel } from './model.ts';
import { type UnrollerSchema, unrollerSchema } from './state.ts';
import { unrollerView } from './view.ts';

const widget: Widget<UnrollerSchema, UnrollerModel> = {
  schema: unrollerSchema,
  model: unrollerModel,
  view: unrollerView,
};

export default widget;
