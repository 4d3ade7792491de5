// The length-curves figure as a widget: a new seed or task starts three fresh runs, each on its own channel
// to a training worker (all on one worker on a two-core laptop, see trainingChannels); changing the
// measure keeps them.
import type { Widget } from '../../figure/widget.ts';
import { trainingChannels } from '../../training/trainingChannels.ts';
import { type LengthCurvesModel, lengthCurvesModel } from './model.ts';
import { type LengthCurvesSchema, lengthCurvesSchema } from './state.ts';
import { lengthCurvesView } from './view.ts';

const widget: Widget<LengthCurvesSchema, LengthCurvesModel> = {
  schema: lengthCurvesSchema,
  model: (state, _signal, runs) => lengthCurvesModel(state, runs, () => trainingChannels(3)),
  view: lengthCurvesView,
};

export default widget;
