import { describe, expect, it } from 'vitest';
import {
  offlineMessage,
  type RegistrationSlots,
  savedPercent,
  statusOfRegistration,
  updateIsReady,
} from './offlineStatus.ts';

const slots = (s: Partial<RegistrationSlots>): RegistrationSlots => ({
  installing: false,
  waiting: false,
  active: false,
  ...s,
});

describe('statusOfRegistration', () => {
  it('a first worker that is still installing means the copy is being saved', () => {
    expect(statusOfRegistration(slots({ installing: true }))).toEqual({
      kind: 'saving',
      saved: 0,
      total: undefined,
    });
  });
  it('an active worker means the book is saved, even while an update installs beside it', () => {
    expect(statusOfRegistration(slots({ active: true }))).toEqual({ kind: 'saved' });
    expect(statusOfRegistration(slots({ active: true, installing: true }))).toEqual({ kind: 'saved' });
  });
  it('an empty registration is not yet known', () => {
    expect(statusOfRegistration(slots({}))).toEqual({ kind: 'checking' });
  });
});

describe('updateIsReady', () => {
  it('is true only when a finished worker waits behind an active one', () => {
    expect(updateIsReady(slots({ waiting: true, active: true }))).toBe(true);
    expect(updateIsReady(slots({ waiting: true }))).toBe(false);
    expect(updateIsReady(slots({ installing: true, active: true }))).toBe(false);
  });
});

describe('savedPercent', () => {
  it('rounds down and stops at 99 until the worker activates', () => {
    expect(savedPercent(1, 3)).toBe(33);
    expect(savedPercent(327, 327)).toBe(99);
    expect(savedPercent(400, 327)).toBe(99);
  });
  it('gives undefined, never NaN or Infinity, for an unknown or empty total', () => {
    expect(savedPercent(5, undefined)).toBeUndefined();
    expect(savedPercent(5, 0)).toBeUndefined();
    expect(savedPercent(Number.NaN, 10)).toBeUndefined();
  });
  it('never goes below zero', () => {
    expect(savedPercent(-3, 10)).toBe(0);
  });
});

describe('offlineMessage', () => {
  it('says nothing while the registration is unknown', () => {
    expect(offlineMessage({ kind: 'checking' })).toBe('');
  });
  it('shows progress while saving, and no number when the total is unknown', () => {
    expect(offlineMessage({ kind: 'saving', saved: 50, total: 200 })).toBe(
      'Saving the book for offline reading… 25%',
    );
    expect(offlineMessage({ kind: 'saving', saved: 50, total: undefined })).toBe(
      'Saving the book for offline reading…',
    );
  });
  it('says the book is saved once the copy is complete', () => {
    expect(offlineMessage({ kind: 'saved' })).toBe('Saved for offline reading');
  });
  it('tells a reader without offline support that the book still works', () => {
    for (const kind of ['unsupported', 'unavailable'] as const)
      expect(offlineMessage({ kind })).toMatch(/the book works as usual online\.$/);
  });
  it('never prints NaN, Infinity or undefined', () => {
    for (const total of [undefined, 0, Number.NaN, Number.POSITIVE_INFINITY, 10])
      expect(offlineMessage({ kind: 'saving', saved: 3, total })).not.toMatch(/NaN|Infinity|undefined/);
  });
});
