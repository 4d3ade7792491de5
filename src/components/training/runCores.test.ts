// A run's cores: the reader's choice, but never the page's own core.
import { describe, expect, it } from 'vitest';
import { runCores } from './runCores.ts';

describe('runCores', () => {
  it('keeps one core for the page: 2 asked on 2 cores gives 1, on 4 cores gives 2', () => {
    expect(runCores(2, 2)).toBe(1);
    expect(runCores(2, 4)).toBe(2);
    expect(runCores(4, 3)).toBe(2);
  });

  it('gives at least one worker, also on one core or when the browser does not say', () => {
    expect(runCores(3, 1)).toBe(1);
    expect(runCores(1, 16)).toBe(1);
    expect(runCores(3, undefined)).toBe(1);
  });
});
