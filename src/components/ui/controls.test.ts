// The pause button's label: only a running or paused run can be toggled; a finished or stopped run says so.
import { describe, expect, it } from 'vitest';
import { pauseLabel } from './controls.ts';

describe('pause button label', () => {
  it('follows the run', () => {
    expect(pauseLabel('running')).toEqual({ text: 'Pause', enabled: true });
    expect(pauseLabel('paused')).toEqual({ text: 'Resume', enabled: true });
    expect(pauseLabel('done')).toEqual({ text: 'Finished', enabled: false });
    expect(pauseLabel('diverged')).toEqual({ text: 'Stopped', enabled: false });
    expect(pauseLabel(undefined)).toEqual({ text: 'Pause', enabled: false });
  });
});
