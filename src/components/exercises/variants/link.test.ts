// An assignment link records whether students get their own numbers, and by which drawing scheme.
import { expect, test } from 'vitest';
import { validateAssignment } from '../../../lib/progress/assignmentLink.ts';
import { VARIANT_SCHEME } from './seed.ts';

const base = { v: 1, title: 'Sizes', exercises: ['gates/lstm-params'], presets: [], id: 'sizes-abc' };

test('a link with variants keeps the scheme; one without stays without', () => {
  const on = validateAssignment({ ...base, variants: VARIANT_SCHEME });
  expect(on.ok && on.value.variants).toBe(VARIANT_SCHEME);
  const off = validateAssignment(base);
  expect(off.ok && off.value.variants).toBeUndefined();
});

test('another scheme, or variants without an id to draw from, is refused with a reason', () => {
  expect(validateAssignment({ ...base, variants: 2 })).toEqual({
    ok: false,
    error: 'its per-student numbers were drawn by another version of the book',
  });
  const { id: _, ...noId } = base;
  expect(validateAssignment({ ...noId, variants: 1 })).toEqual({
    ok: false,
    error: 'it gives per-student numbers but has no id to draw them from',
  });
});
