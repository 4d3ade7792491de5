// What the Chapter 6–7 figures say about the reader's text: what the model read, what it could not read
// (outside its alphabet: Arabic, emoji; or, for the digit model, 8, 9 and letters), and that an empty box
// gets no prediction at all.
import { describe, expect, it } from 'vitest';
import { notADate, readingNotes } from '../ui/dateInput.ts';
import { readDigits, reverseModel } from '../training/reverse.ts';
import { pageModel, readDate } from './translate.ts';

const dates = pageModel('additive', 8, 1);
const digits = reverseModel(8);
const said = (notes: { text: string; list?: string[] }[]) =>
  notes.map((n) => `${n.text}${n.list ? ` ${n.list.join(', ')}` : ''}`).join(' · ');

describe("reading the reader's text", () => {
  it('an empty or blank box reads nothing and predicts nothing, on both tasks', () => {
    for (const text of ['', '   ']) {
      for (const r of [readDate(dates, text), readDigits(digits, text)]) {
        expect(r.empty).toBe(true);
        expect(r.chars).toEqual([]);
        expect(r.prediction).toBe('');
        expect(r.outputs).toEqual([]);
        expect(said(readingNotes(r))).not.toMatch(/read \d/);
      }
    }
  });

  it('Arabic and emoji are named as outside the alphabet, each read only as "unknown"', () => {
    const r = readDate(dates, '٣ مايو 1979 🙂');
    expect(r.empty).toBe(false);
    expect(r.unknown).toEqual(['٣', 'م', 'ا', 'ي', 'و', '🙂']);
    expect(r.unknownCount).toBe(6);
    const text = said(readingNotes(r));
    expect(text).toContain(`read ${r.chars.length} characters`);
    expect(text).toContain("6 outside the model's alphabet");
    expect(text).toContain('🙂');
  });

  it('a plain date has nothing outside the alphabet', () => {
    const r = readDate(dates, 'Thursday, the 3rd of May, 1979');
    expect(r.unknown).toEqual([]);
    expect(said(readingNotes(r))).toBe('read 30 characters');
  });

  it('the digit model says it left out 8 and 9, and reads the rest', () => {
    const r = readDigits(digits, '0123456789');
    expect(r.chars.join('')).toBe('01234567');
    expect(r.unknown).toEqual(['8', '9']);
    const text = said(readingNotes(r));
    expect(text).toContain('read 8 digits: 01234567');
    expect(text).toContain(
      'left out 2 characters the model cannot read (it knows only the digits 0–7): 8, 9',
    );
  });

  it('a date typed into the digit model is not read silently as "317": the letters are said to be left out', () => {
    const r = readDigits(digits, 'Thursday, the 3rd of May, 1979');
    expect(r.chars.join('')).toBe('317');
    expect(r.unknownCount).toBeGreaterThan(20);
    expect(said(readingNotes(r))).toMatch(/left out \d+ characters/);
  });

  it('says when a prediction is not a date: the model can only write digits and dashes', () => {
    expect(notADate('1979-05-03')).toBeNull();
    expect(notADate('10-06')).toBe('not a whole date (yyyy-mm-dd)');
    expect(notADate('19-03')).toBe('not a whole date (yyyy-mm-dd)');
    expect(notADate('2019-02-31')).toBe('no such day');
    expect(notADate('2019-13-01')).toBe('no such day');
  });
});

describe('Chapter 7 says what the model writes for a text that is not a date', () => {
  it('the prose promises digits and dashes, often not a whole date, and names the unreadable characters', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(
      new URL('../../content/chapters/07-attention.mdx', import.meta.url),
      'utf8',
    ).replace(/\s+/g, ' ');
    expect(text).toContain(
      'the model still writes digits and dashes, the only characters it has, though often not a whole date',
    );
    expect(text).toContain('reach it only as "unknown", and the same line lists them');
  });
});
