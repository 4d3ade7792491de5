// The self-attention preview as a widget: computed in the page, no training.
import type { Widget } from '../../figure/widget.ts';
import { type SelfAttentionModel, selfAttentionModel } from './model.ts';
import { type SelfAttentionSchema, selfAttentionSchema } from './state.ts';
import { selfAttentionView } from './view.ts';

const widget: Widget<SelfAttentionSchema, SelfAttentionModel> = {
  schema: selfAttentionSchema,
  model: (state) => selfAttentionModel(state),
  view: selfAttentionView,
};

export default widget;
