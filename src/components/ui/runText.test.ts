// The run bar's words: the pause button in each state, and a progress line that never shows a bad number.
import { describe, expect, it } from 'vitest';
import type { RunState } from '../training/figureRun.ts';
import { coresText, pauseLabel, runProgressText, timeLeftText } from './runText.ts';

const STATES: RunState[] = ['starting', 'running', 'paused', 'away', 'finished', 'stopped'];

describe('pause button label', () => {
  it('pauses a run that trains or is held, resumes a paused one, and hides once the run has ended', () => {
    expect(pauseLabel('running')).toEqual({ text: 'Pause', shown: true });
    expect(pauseLabel('starting')).toEqual({ text: 'Pause', shown: true });
    expect(pauseLabel('away')).toEqual({ text: 'Pause', shown: true });
    expect(pauseLabel('paused')).toEqual({ text: 'Resume', shown: true });
    expect(pauseLabel('finished').shown).toBe(false);
    expect(pauseLabel('stopped').shown).toBe(false);
  });
});

describe('run progress text', () => {
  it('says the time left in seconds or minutes, and an estimate to come without a speed', () => {
    expect(timeLeftText(11.2)).toBe('about 12 s left');
    expect(timeLeftText(0.3)).toBe('under a second left');
    expect(timeLeftText(300)).toBe('about 5 min left');
    for (const bad of [null, Number.NaN, Number.POSITIVE_INFINITY, -1])
      expect(timeLeftText(bad)).toBe('estimating the time left');
  });

  it('says when the figure is off screen, and never NaN, Infinity or undefined in any state', () => {
    const run = (state: RunState, secondsLeft: number | null) => ({
      state,
      progress: { step: 120, total: 300, secondsLeft },
      parts: [1, 2, 3],
    });
    expect(runProgressText(run('away', null))).toBe(
      'Paused while the figure is off screen: 120 of 300 steps across 3 runs',
    );
    expect(runProgressText(run('running', 4))).toBe('120 of 300 steps across 3 runs · about 4 s left');
    expect(runProgressText(run('running', 4), 'cells')).toBe(
      '120 of 300 cells across 3 runs · about 4 s left',
    );
    for (const s of STATES)
      for (const left of [null, 0, 4, Number.NaN])
        expect(runProgressText(run(s, left))).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('cores text', () => {
  it('names the cores a run trains on, in the singular for one, and nothing while unknown or bad', () => {
    expect(coresText(1)).toBe('on 1 core');
    expect(coresText(2)).toBe('on 2 cores');
    expect(coresText(null)).toBe('');
    expect(coresText(Number.NaN)).toBe('');
    expect(coresText(0)).toBe('');
  });

  it('adds the kernel of the run’s products once its worker said, in the reader’s words', () => {
    expect(coresText(2, 'wasm')).toBe('on 2 cores · WebAssembly');
    expect(coresText(1, 'typescript')).toBe('on 1 core · JavaScript');
    expect(coresText(1, 'reference')).toBe('on 1 core · JavaScript');
    expect(coresText(null, 'wasm')).toBe('');
  });
});
