// The gradient-through-time figure as a widget: a synchronous model, so it redraws on every slider input.
import type { Widget } from '../../figure/widget.ts';
import type { GradientFlowModel } from '../../models/gradientFlow.ts';
import { gradientFlowModel } from './model.ts';
import { type GradientFlowSchema, gradientFlowSchema } from './state.ts';
import { gradientFlowView } from './view.ts';

const widget: Widget<GradientFlowSchema, GradientFlowModel> = {
  schema: gradientFlowSchema,
  model: gradientFlowModel,
  view: gradientFlowView,
};

export default widget;
