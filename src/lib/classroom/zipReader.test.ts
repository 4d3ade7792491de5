// The zip reader reads what archivers write, skips what it cannot read with a reason, and refuses damage.
import { describe, expect, test } from 'vitest';
import { zipFile } from '../../../tests/e2e/support/zipFile.ts';
import { looksLikeZip, readZip } from './zipReader.ts';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const json = '{"format":"unrolled-results","student":"Ελένη"}\n'.repeat(50);

describe('readZip', () => {
  test('reads deflated and stored entries, in order, with their names (UTF-8 included)', async () => {
    const zip = zipFile([
      { name: 'class/unrolled-w1-ada.json', data: json },
      { name: 'class/Ελένη.csv', data: 'chapter,exercise\n', store: true },
    ]);
    expect(looksLikeZip(zip)).toBe(true);
    const { entries, skipped } = await readZip(zip, 1_000_000);
    expect(skipped).toEqual([]);
    expect(entries.map((e) => e.name)).toEqual(['class/unrolled-w1-ada.json', 'class/Ελένη.csv']);
    expect(text(entries[0].bytes)).toBe(json);
    expect(text(entries[1].bytes)).toBe('chapter,exercise\n');
  });

  test('reads entries whose sizes follow the data (streamed archives), from the central directory', async () => {
    const { entries } = await readZip(zipFile([{ name: 'a.json', data: json }], { descriptor: true }), 1e6);
    expect(text(entries[0].bytes)).toBe(json);
  });

  test('leaves out folders and macOS resource forks; skips an entry larger than the limit by its size', async () => {
    const zip = zipFile([
      { name: 'class/', data: '', store: true },
      { name: '__MACOSX/class/._a.json', data: 'x' },
      { name: 'big.json', data: 'x'.repeat(5000) },
      { name: 'ok.json', data: '{}' },
    ]);
    const { entries, skipped } = await readZip(zip, 1000);
    expect(entries.map((e) => e.name)).toEqual(['ok.json']);
    expect(skipped).toEqual([{ name: 'big.json', reason: 'it is too large (0.0 MB) to be a results file' }]);
  });

  test('a damaged entry is skipped with a reason and the rest still load', async () => {
    const zip = zipFile([
      { name: 'bad.json', data: json },
      { name: 'good.json', data: '{}' },
    ]);
    // Corrupt the first entry's deflated bytes (after its 30-byte header and 8-byte name).
    zip.fill(0xff, 38, 48);
    const { entries, skipped } = await readZip(zip, 1e6);
    expect(entries.map((e) => e.name)).toEqual(['good.json']);
    expect(skipped[0]).toEqual({ name: 'bad.json', reason: 'it is damaged inside the zip' });
  });

  test.each([
    [new Uint8Array(10), 'table of contents is missing'],
    [zipFile([{ name: 'a.json', data: json }]).subarray(0, 60), 'table of contents is missing'],
  ])('a damaged archive is refused with a plain reason (%#)', async (bytes, reason) => {
    await expect(readZip(bytes, 1e6)).rejects.toThrow(reason);
  });

  test('looksLikeZip tells a zip from JSON and from a PNG', () => {
    expect(looksLikeZip(new TextEncoder().encode('{"a":1}'))).toBe(false);
    expect(looksLikeZip(Uint8Array.of(0x89, 0x50, 0x4e, 0x47))).toBe(false);
  });
});
