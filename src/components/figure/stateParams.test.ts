// The figure-state URL format: names split back into figure and key, and an assignment link written before
// the format moved into stateParams.ts still opens the same settings.
import { describe, expect, it } from 'vitest';
import { decodeAssignment, presetParams } from '../../lib/progress/assignmentLink.ts';
import { gradientFlowSchema } from '../widgets/gradient-flow/state.ts';
import { nextWordSchema } from '../widgets/next-word/state.ts';
import { encodeLiteral, isParamOf, paramEntries, paramName, splitParamName } from './stateParams.ts';
import { decode, encode } from './stateSchema.ts';

// Made with encodeAssignment at commit 940a767, before this module existed: two figures in two chapters.
const OLD_LINK =
  'eyJ2IjoxLCJ0aXRsZSI6IldlZWsgMyIsImV4ZXJjaXNlcyI6WyJzZXF1ZW5jZS1tb2RlbGluZy9uZXh0LXdvcmQtY291bnRzIl0sInByZXNldHMiOlt7ImNoYXB0ZXIiOiJzZXF1ZW5jZS1tb2RlbGluZyIsImZpZCI6Im5leHQtd29yZCIsInN0YXRlIjp7InRleHQiOiJteSBncmFuZG1vdGhlciBiYWtlZCBhIiwidG9wIjoiMyJ9LCJsb2NrZWQiOlsidGV4dCJdfSx7ImNoYXB0ZXIiOiJ2YW5pc2hpbmctZ3JhZGllbnRzIiwiZmlkIjoiZ3JhZGllbnQtZmxvdyIsInN0YXRlIjp7InJhZGl1cyI6IjEuMiIsImFjdCI6InNpZ21vaWQifSwibG9ja2VkIjpbInJhZGl1cyJdfV19';

describe('figure state parameters', () => {
  it('a parameter name splits back into the figure id and the key', () => {
    expect(paramName('gate-race', 'lag')).toBe('gate-race.lag');
    expect(splitParamName(paramName('gate-race', 'lag'))).toEqual({ fid: 'gate-race', key: 'lag' });
    expect(isParamOf('gate-race.lag', 'gate-race')).toBe(true);
    expect(isParamOf('gate-race-2.lag', 'gate-race')).toBe(false);
  });

  it('names that are not figure settings are not read as one', () => {
    for (const name of ['assignment', '.lag', 'Gate.lag', 'gate-race.Lag', 'gate-race.', 'a.b.c'])
      expect(splitParamName(name)).toBeUndefined();
  });

  it('a prose link writes booleans as 1/0 like the URL writer does', () => {
    expect(encodeLiteral(true)).toBe('1');
    expect(encodeLiteral(false)).toBe('0');
    expect(encodeLiteral(1.5)).toBe('1.5');
    expect(paramEntries('f', { a: '1' })).toEqual([['f.a', '1']]);
  });

  it('the URL writer and the reader agree on the format', () => {
    const state = {
      ...decode(gradientFlowSchema, new URLSearchParams(), 'gf').state,
      radius: 2,
      act: 'relu' as const,
    };
    const back = decode(
      gradientFlowSchema,
      new URLSearchParams(encode(gradientFlowSchema, state, 'gf')),
      'gf',
    );
    expect(back.state).toEqual(state);
  });

  it('an assignment link made before this module existed opens the same settings', () => {
    const parsed = decodeAssignment(OLD_LINK);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ch0 = new URLSearchParams(presetParams(parsed.value, 'sequence-modeling'));
    expect(decode(nextWordSchema, ch0, 'next-word').state).toMatchObject({
      text: 'my grandmother baked a',
      top: 3,
    });
    const ch4 = new URLSearchParams(presetParams(parsed.value, 'vanishing-gradients'));
    expect([...ch4]).toEqual([
      ['gradient-flow.radius', '1.2'],
      ['gradient-flow.act', 'sigmoid'],
    ]);
    expect(decode(gradientFlowSchema, ch4, 'gradient-flow').state).toMatchObject({
      radius: 1.2,
      act: 'sigmoid',
    });
    expect(parsed.value.presets.map((p) => p.locked)).toEqual([['text'], ['radius']]);
  });
});
