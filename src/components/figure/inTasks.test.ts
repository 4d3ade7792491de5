// inTasks: a generator model runs to its value a task per yield, and stops when a newer state aborts it.
import { describe, expect, it } from 'vitest';
import { inTasks } from './inTasks.ts';

function* counted(log: string[]): Generator<void, number> {
  log.push('a');
  yield;
  log.push('b');
  yield;
  log.push('c');
  return 42;
}

describe('inTasks', () => {
  it('returns the generator’s value, running one piece per task', async () => {
    const log: string[] = [];
    const done = inTasks(counted(log), new AbortController().signal);
    expect(log).toEqual(['a']); // the first piece runs at once, the rest after the page had a turn
    await Promise.resolve();
    expect(log).toEqual(['a']);
    expect(await done).toBe(42);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('stops at the next yield once aborted, and rejects', async () => {
    const log: string[] = [];
    const c = new AbortController();
    const done = inTasks(counted(log), c.signal);
    c.abort(new Error('newer state'));
    await expect(done).rejects.toThrow('newer state');
    expect(log).toEqual(['a']);
  });
});
