// The recorded race as table rows (racer, its size at the budget, held-out accuracy per lag): one source for the static frame and the live view.
import { LAGS, RACER_NAME, RACERS, type Racer } from '../../models/raceRacers.ts';

export interface RecordedRaceCell {
  racer: string;
  lag: number;
  accuracy: number;
  stopped: number | null;
}

export interface RecordedRace {
  seed: number;
  steps: number;
  budget: number;
  sizes: Record<Racer, { hidden: number; params: number }>;
  cells: readonly RecordedRaceCell[];
}

export interface TableRow {
  racer: Racer;
  name: string;
  /** "16 units, 484 parameters" or, for the transformer, its width. */
  size: string;
  /** Per lag in LAGS order: "100%", or "stopped" for a run that overflowed. */
  cells: { lag: number; text: string; accuracy: number | null }[];
}

export const percent = (a: number) => `${Math.round(a * 100)}%`;

/** The recorded cell of a racer at a lag (throws if the recording lacks it: re-run `record-runs.ts raceFinished`). */
export function recordedCell<C extends RecordedRaceCell>(
  race: { cells: readonly C[] },
  racer: Racer,
  lag: number,
): C {
  const c = race.cells.find((x) => x.racer === racer && x.lag === lag);
  if (c === undefined) throw new Error(`no recorded race cell for ${racer} at lag ${lag}`);
  return c;
}

export function tableRows(race: RecordedRace): TableRow[] {
  return RACERS.map((racer) => {
    const s = race.sizes[racer];
    return {
      racer,
      name: RACER_NAME[racer],
      size: `${racer === 'transformer' ? `d = ${s.hidden}` : `${s.hidden} units`}, ${s.params} parameters`,
      cells: LAGS.map((lag) => {
        const c = recordedCell(race, racer, lag);
        return c.stopped === null
          ? { lag, text: percent(c.accuracy), accuracy: c.accuracy }
          : { lag, text: 'stopped', accuracy: null };
      }),
    };
  });
}

/** The table in one sentence, for screen readers and the static frame's label. */
export function tableText(race: RecordedRace): string {
  return tableRows(race)
    .map((r) => `${r.name}: ${r.cells.map((c) => `${c.text} at lag ${c.lag}`).join(', ')}`)
    .join('; ');
}
