// The recorded race as table rows (racer, its size at the budget, held-out accuracy per lag or length): one source for the static frame and the live view.
import { columnsOf, RACER_NAME, RACERS, type Racer, type RaceTask } from '../../models/raceRacers.ts';

export interface RecordedRaceCell {
  racer: string;
  /** The column: a lag (long-lag task) or a longest length n (reversal). */
  lag?: number;
  length?: number;
  /** Long lag: the share of held-out symbols named; reversal: the share of held-out sequences reversed exactly. */
  accuracy: number;
  /** Reversal only: the share of the written tokens (digits and EOS) right, teacher forced. */
  digit?: number;
  stopped: number | null;
}

export interface RecordedRace {
  seed: number;
  steps: number;
  budget: number;
  sizes: Record<Racer, { hidden: number; params: number }>;
  cells: readonly RecordedRaceCell[];
}

export interface TableCell {
  at: number;
  /** "100%", or "stopped" for a run that overflowed. */
  text: string;
  /** Reversal: the per-token score under it ("79% of tokens"); null for the long-lag task. */
  note: string | null;
  accuracy: number | null;
}

export interface TableRow {
  racer: Racer;
  name: string;
  /** "16 units, 484 parameters" or, for the transformer, its width. */
  size: string;
  /** Per column, in columnsOf(task) order. */
  cells: TableCell[];
}

export const percent = (a: number) => `${Math.round(a * 100)}%`;

/** The column a recorded cell belongs to. */
export const columnOf = (c: RecordedRaceCell): number => c.lag ?? c.length ?? Number.NaN;

/** A column's header: "T = 50" (a lag) or "n = 8" (a longest length). */
export const columnHead = (task: RaceTask, at: number) => `${task === 'long-lag' ? 'T' : 'n'} = ${at}`;

/** The table's caption for a task. */
export function tableCaption(task: RaceTask): string {
  return task === 'long-lag'
    ? 'Held-out accuracy of the recorded runs, by lag T'
    : 'Digit reversal: held-out sequences reversed exactly (and tokens right), by longest length n';
}

/** The recorded cell of a racer at a column (throws if the recording lacks it: re-run `record-runs.ts`). */
export function recordedCell<C extends RecordedRaceCell>(
  race: { cells: readonly C[] },
  racer: Racer,
  at: number,
): C {
  const c = race.cells.find((x) => x.racer === racer && columnOf(x) === at);
  if (c === undefined) throw new Error(`no recorded race cell for ${racer} at ${at}`);
  return c;
}

export function tableRows(race: RecordedRace, task: RaceTask = 'long-lag'): TableRow[] {
  return RACERS.map((racer) => {
    const s = race.sizes[racer];
    return {
      racer,
      name: RACER_NAME[racer],
      size: `${racer === 'transformer' ? `d = ${s.hidden}` : `${s.hidden} units`}, ${s.params} parameters`,
      cells: columnsOf(task).map((at) => {
        const c = recordedCell(race, racer, at);
        if (c.stopped !== null) return { at, text: 'stopped', note: null, accuracy: null };
        const note = c.digit === undefined ? null : `${percent(c.digit)} of tokens`;
        return { at, text: percent(c.accuracy), note, accuracy: c.accuracy };
      }),
    };
  });
}

/** The table in one sentence, for screen readers and the static frame's label. */
export function tableText(race: RecordedRace, task: RaceTask = 'long-lag'): string {
  const where = task === 'long-lag' ? 'at lag' : 'exact at n =';
  return tableRows(race, task)
    .map(
      (r) =>
        `${r.name}: ${r.cells.map((c) => `${c.text} ${where} ${c.at}${c.note === null ? '' : ` (${c.note})`}`).join(', ')}`,
    )
    .join('; ');
}
