// The evaluation figure as a widget: reads the held-out perplexities the corpus build wrote (a few kilobytes).
import type { Widget } from '../../figure/widget.ts';
import { loadBrownEvaluation } from '../../../lib/text/brownModel.ts';
import { type PerplexityModel, perplexityModel } from './model.ts';
import { type PerplexitySchema, perplexitySchema } from './state.ts';
import { perplexityView } from './view.ts';

const widget: Widget<PerplexitySchema, PerplexityModel> = {
  schema: perplexitySchema,
  async model(state) {
    return perplexityModel(await loadBrownEvaluation(), state);
  },
  view: perplexityView,
};

export default widget;
