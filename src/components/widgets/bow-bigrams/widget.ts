// The bigram figure as a widget: both countings of the typed pair are computed in the page.
import type { Widget } from '../../figure/widget.ts';
import { type BowBigramsModel, bowBigramsModel } from './model.ts';
import { type BowBigramsSchema, bowBigramsSchema } from './state.ts';
import { bowBigramsView } from './view.ts';

const widget: Widget<BowBigramsSchema, BowBigramsModel> = {
  schema: bowBigramsSchema,
  model: bowBigramsModel,
  view: bowBigramsView,
};

export default widget;
