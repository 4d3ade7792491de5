// The tiny GPT figure as a widget: a new text or seed starts a fresh, seeded run in a new worker; temperature and top-k only resample.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type TinyGptModel, tinyGptFigureModel } from './model.ts';
import { type TinyGptSchema, tinyGptSchema } from './state.ts';
import { tinyGptView } from './view.ts';

/** The Brown text the figure carries in its static part (read when the site was built). */
function brownText(): string {
  const el = document.querySelector('script[data-brown-chars]');
  try {
    const text: unknown = JSON.parse(el?.textContent ?? '""');
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

let brown: string | null = null;

const widget: Widget<TinyGptSchema, TinyGptModel> = {
  schema: tinyGptSchema,
  model: (state, _signal, runs) => {
    brown ??= brownText();
    return tinyGptFigureModel(state, runs, newTrainingWorker, brown);
  },
  view: tinyGptView,
};

export default widget;
