import { describe, expect, it } from 'vitest';
import { presentZoom } from './presenter.ts';

describe('presentZoom', () => {
  it('keeps a phone at 1, so the figure still fits 360 px', () => {
    expect(presentZoom(360)).toBe(1);
  });
  it('scales a laptop or projector up in proportion to its width', () => {
    expect(presentZoom(1280)).toBeCloseTo(1.42, 2);
  });
  it('stops at 2 on very wide screens', () => {
    expect(presentZoom(3840)).toBe(2);
  });
});
