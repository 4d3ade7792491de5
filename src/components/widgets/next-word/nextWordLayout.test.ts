import { describe, expect, it } from 'vitest';
import { padSentence } from '../../../lib/text/markers.ts';
import { trainNgramModel } from '../../../lib/text/ngramModel.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { nextWordModel } from './model.ts';
import { nextWordLayout } from './nextWordLayout.ts';
import { nextWordSchema } from './state.ts';

const sentences = ['the cat sat on the mat', 'the cat ate the fish', 'a dog sat on the cat'].map((s) =>
  padSentence(s.split(' ')),
);
const ngram = trainNgramModel(sentences, 5);
const model = (text: string) => nextWordModel(ngram, { ...defaults(nextWordSchema), text, top: 3 });
const layout = (text: string) => nextWordLayout(model(text));

describe('next-word layout', () => {
  it('heads each row with its window and context, and says how often a seen context occurs and how many words follow it', () => {
    const rows = layout('sat on the');
    expect(rows.map((r) => r.title)).toEqual(['k = 0', 'k = 1', 'k = 2', 'k = 3', 'k = 4']);
    expect(rows[0].context).toBe(' · no context: how common each word is overall');
    const r = model('sat on the').rows[1].report;
    expect(rows[1].context).toBe(
      ` · context "the" · seen ${r.contextCount} times, followed by ${r.distinct} different words`,
    );
  });

  it('sizes each bar by its probability, a sliver at the least, and labels it with the share and the count', () => {
    const bars = layout('the')[1].bars;
    const top = model('the').rows[1].report.next[0];
    expect(bars[0]).toEqual({
      word: top.word,
      share: top.p,
      label: `${(top.p * 100).toFixed(1)}% (${top.count})`,
    });
    for (const b of bars) expect(b.share).toBeGreaterThanOrEqual(0.005);
  });

  it('a row with a message draws no bars', () => {
    const row = layout('')[1];
    expect(row.message).toMatch(/^Type at least 1 word/);
    expect(row.bars).toEqual([]);
  });
});
