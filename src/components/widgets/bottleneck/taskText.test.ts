// Switching the bottleneck figure's task gives the box that task's own text: a date left in the digit box was
// read as "317" and reversed without a word.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { readingsOf } from './model.ts';
import { bottleneckSchema, TASK_TEXT, taskText } from './state.ts';

describe('each task starts from its own text', () => {
  it('a link that sets only the task (the date still in the box) reads the digit default', () => {
    const d = defaults(bottleneckSchema);
    expect(taskText('reverse', d.text)).toBe(TASK_TEXT.reverse);
    expect(taskText('dates', TASK_TEXT.reverse)).toBe(d.text);
    const { typed } = readingsOf(null, 8, 1, taskText('reverse', d.text), 'reverse')();
    expect(typed.chars.join('')).toBe(TASK_TEXT.reverse);
    expect(typed.unknownCount).toBe(0);
  });

  it("the reader's own text is kept when the task changes", () => {
    expect(taskText('reverse', '0777')).toBe('0777');
    expect(taskText('dates', '5/3/79')).toBe('5/3/79');
  });
});
