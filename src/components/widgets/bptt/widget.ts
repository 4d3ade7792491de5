// The BPTT figure as a widget: a synchronous model, redrawn on every step back.
import type { Widget } from '../../figure/widget.ts';
import { type BpttModel, bpttModel } from './model.ts';
import { type BpttSchema, bpttSchema } from './state.ts';
import { bpttView } from './view.ts';

const widget: Widget<BpttSchema, BpttModel> = {
  schema: bpttSchema,
  model: bpttModel,
  view: bpttView,
};

export default widget;
