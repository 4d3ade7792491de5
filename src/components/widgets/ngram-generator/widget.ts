// The generator as a widget: loads the corpus model once, on first use, then samples from it on every change.
import type { Widget } from '../../figure/widget.ts';
import { loadBrownModel } from '../../../lib/text/brownModel.ts';
import { type GeneratorModel, generatorModel } from './model.ts';
import { type GeneratorSchema, generatorSchema } from './state.ts';
import { generatorView } from './view.ts';

const widget: Widget<GeneratorSchema, GeneratorModel> = {
  schema: generatorSchema,
  async model(state) {
    const ngram = await loadBrownModel();
    return generatorModel(ngram, state);
  },
  view: generatorView,
};

export default widget;
