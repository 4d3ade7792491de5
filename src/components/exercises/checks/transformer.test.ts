// Chapter 8's live check on the tiny GPT's heads: it passes only on a trained head whose computed description is "the previous character".
import { describe, expect, it } from 'vitest';
import type { HeadSummary } from '../../widgets/tiny-gpt/heads.ts';
import { figureChecks } from './index.ts';
import { TRAINED_STEPS } from './transformer.ts';

const check = figureChecks['transformer.previous-char-head'];
const summary = (pick: HeadSummary['pick']): HeadSummary => ({
  offsets: [0.1, 0.4, 0.1, 0.1],
  first: 0.05,
  even: 0.07,
  pick,
  text: 'mostly looks at something.',
});
const model = (step: number, s: HeadSummary | null) => ({
  heads: () => ({ step, layer: 1, head: 2, summary: s }),
});

describe('transformer.previous-char-head', () => {
  it('passes on a trained head that mostly looks one character back', () => {
    const r = check({}, model(TRAINED_STEPS, summary({ kind: 'offset', k: 1, weight: 0.4 })));
    expect(r.pass).toBe(true);
    expect(r.message).toMatch(/layer 1, head 2 puts a mean weight of 0\.40 on the previous character/);
  });

  it('refuses the untrained weights, another offset, a text too short, and a figure with nothing drawn', () => {
    expect(check({}, model(0, summary({ kind: 'offset', k: 1, weight: 0.4 }))).pass).toBe(false);
    expect(check({}, model(TRAINED_STEPS, summary({ kind: 'offset', k: 0, weight: 0.4 }))).pass).toBe(false);
    expect(check({}, model(TRAINED_STEPS, null)).message).toMatch(/at least 5 characters/);
    expect(check({}, undefined).pass).toBe(false);
  });
});
