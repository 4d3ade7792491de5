// "The block" figure as a widget: computed in the page by the engine, no training.
import type { Widget } from '../../figure/widget.ts';
import { type TransformerBlockModel, transformerBlockModel } from './model.ts';
import { type TransformerBlockSchema, transformerBlockSchema } from './state.ts';
import { transformerBlockView } from './view.ts';

const widget: Widget<TransformerBlockSchema, TransformerBlockModel> = {
  schema: transformerBlockSchema,
  model: (state) => transformerBlockModel(state),
  view: transformerBlockView,
};

export default widget;
