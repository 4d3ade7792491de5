import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { bpttLayout } from './bpttLayout.ts';
import { bpttModel } from './model.ts';
import { bpttSchema } from './state.ts';

const base = defaults(bpttSchema);

describe('BPTT layout', () => {
  it('draws a strip only for the steps the backward pass has reached, and a grid per reached step plus the sum and the shared gradient', () => {
    const m = bpttModel({ ...base, back: 2 });
    const l = bpttLayout(m);
    const T = m.words.length;
    expect(l.cells.map((c) => c.reached)).toEqual(m.steps.map((d) => d.t > T - 2));
    for (const c of l.cells) expect(c.grad.length).toBe(c.reached ? m.steps[0].gradH.length : 0);
    expect(l.boxes.map((b) => b.key)).toEqual([`s${T}`, `s${T - 1}`, 'sum', 'shared']);
    expect(l.cells.filter((c) => c.className.includes('ur-selected')).map((c) => c.t)).toEqual([T - 1]);
  });

  it('says what is left to do until every step is summed, then that the sum equals the shared gradient', () => {
    const T = bpttModel(base).words.length;
    expect(bpttLayout(bpttModel({ ...base, back: 0 })).summary).toContain('has not started');
    expect(bpttLayout(bpttModel({ ...base, back: 1 })).result).toContain(`${T - 1} steps still to go`);
    expect(bpttLayout(bpttModel({ ...base, back: T })).result).toMatch(/^All \d+ contributions summed/);
  });

  it('an empty sentence asks for words and draws nothing to sum', () => {
    const l = bpttLayout(bpttModel({ ...base, sentence: '' }));
    expect(l.summary).toBe('Type a sentence with at least one word.');
    expect(l.cells).toEqual([]);
    expect(l.boxes).toEqual([]);
    expect(l.result).toBe('');
  });
});
