// Settings of the finished race's live cell: which task, which racer to train again, at which of the recorded lags (long lag) or lengths (reversal).
import { defineSchema } from '../../figure/stateSchema.ts';
import { LAGS, LENGTHS, RACE_TASKS, RACERS } from '../../models/raceRacers.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'transformer-race';

export const raceLagsSchema = defineSchema({
  task: { kind: 'enum', default: 'long-lag', options: RACE_TASKS },
  racer: { kind: 'enum', default: 'transformer', options: RACERS },
  lag: { kind: 'enum', default: '50', options: LAGS.map(String) },
  length: { kind: 'enum', default: '5', options: LENGTHS.map(String) },
});

export type RaceLagsSchema = typeof raceLagsSchema;
