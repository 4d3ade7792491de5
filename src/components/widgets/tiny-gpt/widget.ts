// The tiny GPT figure as a widget: a new text or seed starts a fresh, seeded run in a new worker; temperature and top-k only resample.
// One worker on every machine, though two cores train about 1.5× faster where the page can spare them
// (runCores): a data-parallel step sums its shards' gradients in another order, so a reader with more cores
// would see other losses, steps and samples than the recorded run the chapter's sentences are checked on.
// One core passes the trigram within 60 s here (tests/e2e/chapter-08.spec.ts prints when).
import type { CharBaseline } from '../../../tasks/charNgram.ts';
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type TinyGptModel, tinyGptFigureModel } from './model.ts';
import { type TinyGptSchema, tinyGptSchema } from './state.ts';
import { tinyGptView } from './view.ts';

/** JSON the figure carries in its static part (written when the site was built), or undefined. */
function pageJson(attr: string): unknown {
  const el = document.querySelector(`script[${attr}]`);
  try {
    return JSON.parse(el?.textContent ?? 'null');
  } catch {
    return undefined;
  }
}

/** The Brown text the figure trains on by default. */
function brownText(): string {
  const text = pageJson('data-brown-chars');
  return typeof text === 'string' ? text : '';
}

/** The Brown text's n-gram baseline, computed at build time (the page never counts n-grams itself). */
function brownBaseline(): CharBaseline | null {
  const b = pageJson('data-brown-baseline') as CharBaseline | null | undefined;
  const ok =
    b != null &&
    Array.isArray(b.loss) &&
    b.loss.length > 0 &&
    b.loss.every((l) => typeof l === 'number' && Number.isFinite(l)) &&
    Number.isFinite(b.characters);
  return ok ? { loss: b.loss, characters: b.characters } : null;
}

let brown: { text: string; baseline: CharBaseline | null } | null = null;

const widget: Widget<TinyGptSchema, TinyGptModel> = {
  schema: tinyGptSchema,
  model: (state, _signal, runs) => {
    brown ??= { text: brownText(), baseline: brownBaseline() };
    return tinyGptFigureModel(state, runs, newTrainingWorker, brown.text, brown.baseline);
  },
  view: tinyGptView,
};

export default widget;
