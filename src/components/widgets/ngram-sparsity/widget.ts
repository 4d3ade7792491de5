// The sparsity figure as a widget: reads the held-out evaluation the corpus build wrote (a few kilobytes).
import type { Widget } from '../../figure/widget.ts';
import { loadBrownEvaluation } from '../../../lib/text/brownModel.ts';
import { type SparsityModel, sparsityModel } from './model.ts';
import { type SparsitySchema, sparsitySchema } from './state.ts';
import { sparsityView } from './view.ts';

const widget: Widget<SparsitySchema, SparsityModel> = {
  schema: sparsitySchema,
  async model(state) {
    return sparsityModel(await loadBrownEvaluation(), state);
  },
  view: sparsityView,
};

export default widget;
