// The length-curves figure as a widget: a new seed starts three fresh runs, one worker each; changing the measure keeps them.
import type { Widget } from '../../figure/widget.ts';
import { type LengthCurvesModel, lengthCurvesModel } from './model.ts';
import { type LengthCurvesSchema, lengthCurvesSchema } from './state.ts';
import { lengthCurvesView } from './view.ts';

let last: LengthCurvesModel | null = null;

const widget: Widget<LengthCurvesSchema, LengthCurvesModel> = {
  schema: lengthCurvesSchema,
  model: (state) => {
    last = lengthCurvesModel(
      state,
      () =>
        new Worker(new URL('../../../engine/worker/train.worker.ts', import.meta.url), { type: 'module' }),
      last,
    );
    return last;
  },
  view: lengthCurvesView,
};

export default widget;
