// The words a training figure's status line shows: a failed run says which worker failed and never shows a
// non-finite number.
import { describe, expect, it } from 'vitest';
import { statusText } from './trainingRun.ts';

describe('statusText', () => {
  it('says a helper worker failed and that the run stopped, when a follower of a data-parallel run failed', () => {
    expect(
      statusText(
        { type: 'status', status: 'error', step: 4, helper: true, message: 'Uncaught Error: boom' },
        40,
      ),
    ).toBe('a helper worker failed: Uncaught Error: boom; the run stopped');
  });

  it('says the training worker failed when the run’s own worker did', () => {
    expect(
      statusText({ type: 'status', status: 'error', step: 2, message: 'Uncaught Error: boom' }, 40),
    ).toBe('the training worker failed: Uncaught Error: boom');
    expect(statusText({ type: 'status', status: 'error', step: 2 }, 40)).toBe(
      'the training worker failed: unknown error',
    );
  });
});
