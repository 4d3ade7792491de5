// Tests of the dates task Chapters 6 and 7 train: the data's formats and split, gradients against central differences, determinism.
import { describe, expect, it } from 'vitest';
import { Rng } from '../engine/index.ts';
import { expectGradsMatch } from './__tests__/expectGradsMatch.ts';
import { bookTasks } from './bookTasks.ts';
import { Trainer } from './trainer.ts';
import { datesModel, datesTask, exactMatch, translateDate } from './dates.ts';
import {
  DAY_COUNT,
  dateAt,
  decodeTarget,
  encodeSource,
  example,
  FORMATS,
  heldOutSet,
  isHeldOut,
  LENGTH_BANDS,
  MAX_SOURCE,
  SRC_UNK,
  TGT_EOS,
  trainingExample,
} from './datesData.ts';

describe('dates data', () => {
  it('writes 3 May 1979 in the formats of the book, each mapping to 1979-05-03', () => {
    const d = dateAt(Date.UTC(1979, 4, 3) / 86_400_000 - Date.UTC(1950, 0, 1) / 86_400_000);
    expect(d).toEqual({ year: 1979, month: 5, day: 3, weekday: 4 });
    const texts = FORMATS.map((_, f) => example(d, f).text);
    expect(texts).toContain('3 May 1979');
    expect(texts).toContain('05/03/79');
    expect(texts).toContain('Thursday, May 3rd 1979');
    for (let f = 0; f < FORMATS.length; f++) {
      const ex = example(d, f);
      expect(ex.iso).toBe('1979-05-03');
      expect(decodeTarget(ex.tgt)).toBe('1979-05-03');
      expect(ex.tgt).toHaveLength(11);
      expect(ex.tgt[10]).toBe(TGT_EOS);
    }
  });

  it('covers 1950-01-01 to 2049-12-31, and every format fits the longest source', () => {
    expect(dateAt(0)).toMatchObject({ year: 1950, month: 1, day: 1 });
    expect(dateAt(DAY_COUNT - 1)).toMatchObject({ year: 2049, month: 12, day: 31 });
    for (let i = 0; i < DAY_COUNT; i += 97)
      for (let f = 0; f < FORMATS.length; f++)
        expect(FORMATS[f](dateAt(i)).length).toBeLessThanOrEqual(MAX_SOURCE);
  });

  it('lower-cases the source, maps unknown characters to UNK and truncates at MAX_SOURCE', () => {
    expect(encodeSource('MAY')).toEqual(encodeSource('may'));
    expect(encodeSource('é?')).toEqual([SRC_UNK, SRC_UNK]);
    expect(encodeSource('1'.repeat(80))).toHaveLength(MAX_SOURCE);
  });

  it('holds out about one day in five, never drawn for training', () => {
    let held = 0;
    for (let i = 0; i < DAY_COUNT; i++) if (isHeldOut(i)) held++;
    expect(held / DAY_COUNT).toBeGreaterThan(0.17);
    expect(held / DAY_COUNT).toBeLessThan(0.23);
    const heldIso = new Set<string>();
    for (const band of heldOutSet(new Rng(1), 20)) for (const ex of band) heldIso.add(ex.iso);
    const rng = new Rng(2);
    for (let i = 0; i < 2000; i++) expect(heldIso.has(trainingExample(rng).iso)).toBe(false);
  });

  it('fills every input-length band of the held-out set with inputs of that length', () => {
    const bands = heldOutSet(new Rng(3), 10);
    bands.forEach((band, b) => {
      expect(band).toHaveLength(10);
      for (const ex of band) {
        expect(ex.src.length).toBeGreaterThanOrEqual(LENGTH_BANDS[b][0]);
        expect(ex.src.length).toBeLessThanOrEqual(LENGTH_BANDS[b][1]);
      }
    });
  });
});

describe('dates task', () => {
  for (const [attention, feedContext] of [
    ['none', false],
    ['none', true],
    ['dot', true],
    ['additive', true],
  ] as const) {
    it(`has gradients that match central differences (attention '${attention}', feedContext ${feedContext})`, () => {
      const task = datesTask.create(
        { ...datesTask.defaults, attention, feedContext, hidden: 3, embed: 2, batch: 1, evalPerBand: 1 },
        new Rng(5),
      );
      expectGradsMatch(() => task.loss(1).loss, Object.values(task.params));
    });
  }

  it('is registered, the same seed gives the same losses, and evaluate() reports every band', () => {
    expect(bookTasks.names()).toContain('dates');
    const run = () => {
      const t = new Trainer({
        task: 'dates',
        seed: 3,
        clipNorm: 5,
        config: { hidden: 8, batch: 2, evalPerBand: 2 },
      });
      return Array.from({ length: 3 }, () => t.step());
    };
    expect(run()).toEqual(run());
    const t = new Trainer({ task: 'dates', seed: 3, config: { hidden: 4, batch: 1, evalPerBand: 2 } });
    const ev = t.evaluate();
    expect(Object.keys(ev)).toEqual([
      ...LENGTH_BANDS.flatMap(([lo, hi]) => [`exact${lo}-${hi}`, `char${lo}-${hi}`]),
      'exact',
      'char',
    ]);
    for (const v of Object.values(ev)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('decodes any input, even one it cannot parse, into at most 11 tokens with attention rows that sum to 1', () => {
    const m = datesModel({ cell: 'gru', attention: 'additive', hidden: 4, embed: 3 }, new Rng(1));
    const r = translateDate(m, encodeSource('¿¿ not a date !!'));
    expect(r.tokens.length).toBeLessThanOrEqual(11);
    for (const w of r.weights) {
      expect(w).toHaveLength(16);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(exactMatch(m, [[example(dateAt(10), 0)]])).toEqual([0]);
  });
});
