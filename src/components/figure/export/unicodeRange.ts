// Reads a @font-face unicode-range ("U+0000-00FF, U+0131, U+02??") so an export embeds only the files of
// a family that draw characters its text uses: the Latin file, and the Greek one for ρ, σ and γ.

/** The inclusive code point intervals a unicode-range names; empty text means every code point. */
export function parseUnicodeRange(range: string): [number, number][] {
  if (range.trim() === '') return [[0, 0x10ffff]];
  return range.split(',').flatMap((part): [number, number][] => {
    const m = part.trim().match(/^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i);
    if (!m?.[1]) return [];
    if (m[1].includes('?'))
      return [[Number.parseInt(m[1].replace(/\?/g, '0'), 16), Number.parseInt(m[1].replace(/\?/g, 'f'), 16)]];
    const start = Number.parseInt(m[1], 16);
    return [[start, m[2] ? Number.parseInt(m[2], 16) : start]];
  });
}

/** True when the range draws at least one of the characters of `text`. */
export function rangeCovers(range: string, text: string): boolean {
  const intervals = parseUnicodeRange(range);
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (intervals.some(([a, b]) => cp >= a && cp <= b)) return true;
  }
  return false;
}
