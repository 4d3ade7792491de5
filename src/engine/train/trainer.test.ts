// Specification of the Trainer on a registry of the test's own: divergence handling, and task names looked up only where it is told.
import { describe, expect, it } from 'vitest';
import { explodingRegistry } from '../__tests__/exploding.ts';
import { TaskRegistry } from './registry.ts';
import { Trainer } from './trainer.ts';

describe('Trainer', () => {
  it('stops with a diverged report naming the op instead of returning NaN, and stays stopped', () => {
    const t = new Trainer({ task: 'explode', seed: 1 }, explodingRegistry());
    let r = t.step();
    while (r.status === 'ok') {
      expect(Number.isFinite(r.loss)).toBe(true);
      r = t.step();
    }
    expect(r).toMatchObject({ status: 'diverged', op: 'mul', phase: 'forward' });
    expect(r.message).toContain("first non-finite value from 'mul'");
    expect(t.step()).toBe(r);
    expect(t.stepCount).toBe(r.step - 1);
  });

  it('looks a task up only in the registry it is given, and names what that registry holds', () => {
    expect(() => new Trainer({ task: 'recall' }, explodingRegistry())).toThrow(
      "unknown task 'recall' (registered: explode)",
    );
    expect(() => new Trainer({ task: 'explode' }, new TaskRegistry())).toThrow(
      "unknown task 'explode' (registered: none)",
    );
  });
});
