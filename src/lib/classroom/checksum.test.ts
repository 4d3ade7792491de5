// The checksum is stable under key order, and changes with any answer, outcome, student or salt.
import { expect, test } from 'vitest';
import { emptyProgress, recordAttempt } from '../progress/store.ts';
import { canonicalJSON, resultsChecksum } from './checksum.ts';

const progress = recordAttempt(
  emptyProgress(),
  { chapter: 'sequence-modeling', id: 'p-america', kind: 'numeric' },
  { at: '2025-01-01T00:00:01.000Z', answer: '0.5', outcome: 'incorrect' },
);
const content = { assignmentId: 'week-1', student: 'ada', progress };

test('canonicalJSON sorts keys at every depth and drops undefined', () => {
  expect(canonicalJSON({ b: [{ d: 1, c: 'x' }], a: undefined, e: null })).toBe(
    '{"b":[{"c":"x","d":1}],"e":null}',
  );
});

test('the checksum is SHA-256 hex and the same for the same content in any key order', async () => {
  const sum = await resultsChecksum('salt-1234', content);
  expect(sum).toMatch(/^[0-9a-f]{64}$/);
  const reordered = JSON.parse(JSON.stringify({ student: 'ada', progress, assignmentId: 'week-1' }));
  expect(await resultsChecksum('salt-1234', reordered)).toBe(sum);
});

test('an edited outcome, another student or another salt gives another checksum', async () => {
  const sum = await resultsChecksum('salt-1234', content);
  const edited = structuredClone(progress);
  edited.exercises['sequence-modeling/p-america'].attempts[0].outcome = 'correct';
  expect(await resultsChecksum('salt-1234', { ...content, progress: edited })).not.toBe(sum);
  expect(await resultsChecksum('salt-1234', { ...content, student: 'bob' })).not.toBe(sum);
  expect(await resultsChecksum('salt-9999', content)).not.toBe(sum);
});
