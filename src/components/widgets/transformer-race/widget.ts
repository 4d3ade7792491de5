// The finished race as a widget: the recorded tables of both tasks (read from the JSON its figure embeds at build time) and one cell trained again live in a training worker.
import type { Widget } from '../../figure/widget.ts';
import { newTrainingWorker } from '../../training/trainingWorker.ts';
import {
  type RaceLagsModel,
  type RecordedRaces,
  type RecordedRaceWithLosses,
  raceLagsModel,
} from './model.ts';
import { type RaceLagsSchema, raceLagsSchema } from './state.ts';
import { raceLagsView } from './view.ts';

let races: RecordedRaces | null = null;
function read(attribute: string): RecordedRaceWithLosses {
  const el = document.querySelector(`script[${attribute}]`);
  if (el === null) throw new Error(`the recorded race (${attribute}) is missing from the page`);
  return JSON.parse(el.textContent ?? '') as RecordedRaceWithLosses;
}
function recorded(): RecordedRaces {
  races ??= { 'long-lag': read('data-race-recorded'), reversal: read('data-race-reversal') };
  return races;
}

const widget: Widget<RaceLagsSchema, RaceLagsModel> = {
  schema: raceLagsSchema,
  model: (state, _signal, runs) => raceLagsModel(state, runs, recorded(), newTrainingWorker),
  view: raceLagsView,
};

export default widget;
