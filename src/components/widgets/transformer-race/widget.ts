// The finished race as a widget: the recorded table (read from the JSON its figure embeds at build time) and one cell trained again live in a training worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import { type RaceLagsModel, type RecordedRaceWithLosses, raceLagsModel } from './model.ts';
import { type RaceLagsSchema, raceLagsSchema } from './state.ts';
import { raceLagsView } from './view.ts';

let race: RecordedRaceWithLosses | null = null;
function recorded(): RecordedRaceWithLosses {
  if (race !== null) return race;
  const el = document.querySelector('script[data-race-recorded]');
  if (el === null) throw new Error('the recorded race is missing from the page');
  race = JSON.parse(el.textContent ?? '') as RecordedRaceWithLosses;
  return race;
}

const widget: Widget<RaceLagsSchema, RaceLagsModel> = {
  schema: raceLagsSchema,
  model: (state, _signal, runs) => raceLagsModel(state, runs, recorded(), newTrainingWorker),
  view: raceLagsView,
};

export default widget;
