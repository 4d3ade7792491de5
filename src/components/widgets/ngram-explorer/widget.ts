// The context explorer as a widget: loads the corpus model once, on first use, then answers each typed
// context from its in-memory table.
import type { Widget } from '../../figure/widget.ts';
import { loadBrownModel } from '../../../lib/text/brownModel.ts';
import { type ExplorerModel, explorerModel } from './model.ts';
import { type ExplorerSchema, explorerSchema } from './state.ts';
import { explorerView } from './view.ts';

const widget: Widget<ExplorerSchema, ExplorerModel> = {
  schema: explorerSchema,
  async model(state) {
    const ngram = await loadBrownModel();
    return explorerModel(ngram, state);
  },
  view: explorerView,
};

export default widget;
