// Settings of the finished race's live cell: which racer to train again, at which of the recorded lags.
import { defineSchema } from '../../figure/stateSchema.ts';
import { LAGS, RACERS } from '../../models/raceRacers.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'transformer-race';

export const raceLagsSchema = defineSchema({
  racer: { kind: 'enum', default: 'transformer', options: RACERS },
  lag: { kind: 'enum', default: '50', options: LAGS.map(String) },
});

export type RaceLagsSchema = typeof raceLagsSchema;
