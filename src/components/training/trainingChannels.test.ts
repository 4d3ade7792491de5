// How many workers a figure's runs get: one core stays with the page.
import { describe, expect, it } from 'vitest';
import { workerCount } from './trainingChannels.ts';

describe('workerCount', () => {
  it('leaves a core to the page and never exceeds the runs', () => {
    expect(workerCount(3, 2)).toBe(1);
    expect(workerCount(3, 4)).toBe(3);
    expect(workerCount(3, 16)).toBe(3);
    expect(workerCount(3, 1)).toBe(1);
    expect(workerCount(3, undefined)).toBe(1);
  });
});
