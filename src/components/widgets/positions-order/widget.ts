// The "order, again" figure as a widget: computed in the page by the engine, no training.
import type { Widget } from '../../figure/widget.ts';
import { type PositionsOrderModel, positionsOrderModel } from './model.ts';
import { type PositionsOrderSchema, positionsOrderSchema } from './state.ts';
import { positionsOrderView } from './view.ts';

const widget: Widget<PositionsOrderSchema, PositionsOrderModel> = {
  schema: positionsOrderSchema,
  model: (state) => positionsOrderModel(state),
  view: positionsOrderView,
};

export default widget;
