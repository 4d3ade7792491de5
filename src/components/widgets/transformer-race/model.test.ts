// The live race cell against its recording: which recorded steps it has reached and matches to 4 digits, and the recorded table's rows.
import { describe, expect, it } from 'vitest';
import recorded from '../../recorded/recorded.json';
import { tableRows, tableText } from './accuracyTable.ts';
import { agreement, recordedPoints } from './model.ts';

describe('the live cell against the recording', () => {
  const points: [number, number][] = [
    [1, 1.386],
    [2, 1.2],
    [50, 0.5],
  ];

  it('compares only the steps the live run has reached, at 4 significant digits', () => {
    expect(agreement([], points)).toEqual({ compared: 0, matched: 0, firstDiffering: null });
    expect(agreement([{ step: 1, loss: 1.38612 }], points)).toEqual({
      compared: 1,
      matched: 1,
      firstDiffering: null,
    });
    const live = [
      { step: 1, loss: 1.3864 },
      { step: 2, loss: 1.2 },
      { step: 50, loss: 0.5001 },
    ];
    expect(agreement(live, points)).toEqual({ compared: 3, matched: 2, firstDiffering: 50 });
  });

  it('lists the recorded steps: 1…5, then every 50 to 400', () => {
    const cell = recorded.raceFinished.cells[0];
    const steps = recordedPoints(cell, recorded.raceFinished.lossEvery).map(([s]) => s);
    expect(steps).toEqual([1, 2, 3, 4, 5, 50, 100, 150, 200, 250, 300, 350, 400]);
  });

  it('the table has a row per model and a percentage per lag, and reads as one sentence', () => {
    const rows = tableRows(recorded.raceFinished);
    expect(rows.map((r) => r.name)).toEqual(['RNN', 'LSTM', 'GRU', 'Transformer']);
    expect(rows[0].size).toBe('16 units, 484 parameters');
    expect(rows[3].size).toBe('d = 8, 489 parameters');
    for (const r of rows) for (const c of r.cells) expect(c.text).toMatch(/^\d{1,3}%$/);
    expect(tableText(recorded.raceFinished)).toContain('Transformer: 92% at lag 10, 100% at lag 25');
  });

  it('the reversal table has a column per length n, exact match with the token score under it', () => {
    const rows = tableRows(recorded.raceReversal, 'reversal');
    expect(rows[0].cells.map((c) => c.at)).toEqual([3, 5, 8, 12, 20]);
    expect(rows[0].size).toBe('14 units, 471 parameters');
    for (const r of rows)
      for (const c of r.cells) {
        expect(c.text).toMatch(/^\d{1,3}%$/);
        expect(c.note).toMatch(/^\d{1,3}% of tokens$/);
      }
    expect(tableText(recorded.raceReversal, 'reversal')).toContain(
      'Transformer: 100% exact at n = 3 (100% of tokens), 100% exact at n = 5',
    );
  });
});
