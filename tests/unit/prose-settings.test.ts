// The settings Chapters 5–7 state in words (sizes, rates, alphabets, formats, held-out shares) must be the
// ones the code uses: each is read from the engine or the widget here and looked for in the chapter's text,
// so changing either side without the other fails this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { longLagTask } from '../../src/tasks/longLag.ts';
import { DAY_COUNT, dateAt, FORMATS, isHeldOut, SRC_VOCAB, TGT_VOCAB } from '../../src/tasks/datesData.ts';
import { isHeldOutSequence } from '../../src/tasks/reverse.ts';
import { defaults } from '../../src/components/figure/stateSchema.ts';
import { DIGITS, REVERSE_LENGTH } from '../../src/components/training/reverse.ts';
import { raceSettings } from '../../src/components/widgets/gate-race/model.ts';
import { gateRaceSchema } from '../../src/components/widgets/gate-race/state.ts';
import { gateHighwaySchema } from '../../src/components/widgets/gate-highway/state.ts';

/** A chapter's text with every run of whitespace as one space, so line breaks in the MDX do not matter. */
const chapter = (file: string) =>
  readFileSync(new URL(`../../src/content/chapters/${file}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');

const WORDS: Record<number, string> = { 5: 'five', 6: 'six', 12: 'twelve', 38: 'thirty-eight' };
const word = (n: number) => {
  const w = WORDS[n];
  if (!w) throw new Error(`no word for ${n}: add it to WORDS`);
  return w;
};

describe('Chapter 5 states the race and highway settings the figures use', () => {
  const text = chapter('05-gates.mdx');
  it('race: units, learning rate and clipping', () => {
    const s = raceSettings(defaults(gateRaceSchema), 'lstm');
    const hidden = longLagTask.defaults.hidden;
    expect(s.config).not.toHaveProperty('hidden'); // the race uses the task's default size
    expect(text).toContain(
      `All three have ${hidden} units, the same seed, Adam at learning rate ${longLagTask.optimizer?.lr} and clipping at norm ${s.clipNorm};`,
    );
  });
  it('highway: the defaults the prose reads off', () => {
    const d = defaults(gateHighwaySchema);
    expect(text).toContain(
      `With the defaults ($T = ${d.steps}$, bias ${d.keepBias}, the RNN at spectral radius ${d.radius})`,
    );
  });
});

describe('Chapter 6 states the dates and reversal tasks as the engine builds them', () => {
  const text = chapter('06-seq2seq.mdx');
  it('formats and their shortest and longest spellings', () => {
    let shortest = '';
    let longest = '';
    for (let day = 0; day < DAY_COUNT; day++) {
      const d = dateAt(day);
      for (const f of FORMATS) {
        const s = f(d);
        if (!shortest || s.length < shortest.length) shortest = s;
        if (s.length > longest.length) longest = s;
      }
    }
    expect(text).toContain(`in ${word(FORMATS.length)} formats, from "`);
    expect(text).toContain(`(${word(shortest.length)} characters) to "`);
    expect(text).toContain(`" (${word(longest.length)}).`);
    expect(text).toContain(`"on Wednesday, September the 23rd, 1979" (${word(longest.length)})`);
    expect('on Wednesday, September the 23rd, 1979').toHaveLength(longest.length);
  });
  it('one day in five is held out', () => {
    let held = 0;
    for (let day = 0; day < DAY_COUNT; day++) if (isHeldOut(day)) held++;
    expect(held / DAY_COUNT).toBeCloseTo(1 / 5, 2);
    expect(text).toContain('One day in five never appears in training');
  });
  it('the alphabets of the parameter exercise', () => {
    expect(text).toContain(`The input alphabet has ${SRC_VOCAB} symbols`);
    expect(text).toContain(`the output alphabet ${TGT_VOCAB} (with padding, start and end)`);
  });
  it('reversal: length, digits and the held-out share', () => {
    expect(text).toContain(`write up to ${word(REVERSE_LENGTH)} digits (0 to ${DIGITS - 1}) backwards`);
    let held = 0;
    let all = 0;
    for (let n = 1; n <= 6; n++)
      for (let k = 0; k < DIGITS ** n; k++) {
        const seq = Array.from({ length: n }, (_, j) => Math.floor(k / DIGITS ** j) % DIGITS);
        if (isHeldOutSequence(seq)) held++;
        all++;
      }
    expect(held / all).toBeCloseTo(1 / 5, 2);
    expect(text).toContain('One sequence in five never appears in training');
  });
});

describe('Chapter 7 states the reversal length Chapter 6 uses', () => {
  it('every length up to twelve digits', () => {
    expect(chapter('07-attention.mdx')).toContain(`every length up to ${word(REVERSE_LENGTH)} digits`);
  });
});
