// Splits a run of a script written without spaces (Chinese, Japanese, Thai…) into words, or into characters when no segmenter exists.

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };

let cached: WordSegmenter | null | undefined;

function wordSegmenter(): WordSegmenter | null {
  if (cached === undefined) {
    const Segmenter = (
      globalThis.Intl as { Segmenter?: new (locale?: string, options?: object) => WordSegmenter }
    ).Segmenter;
    cached = Segmenter ? new Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return cached;
}

/**
 * Words of an unspaced run. With Intl.Segmenter this uses the runtime's dictionary (ICU), so the exact split can
 * differ between browsers; without it (or with useSegmenter false) every character is its own token.
 */
export function splitUnspaced(run: string, useSegmenter = true): string[] {
  const segmenter = useSegmenter ? wordSegmenter() : null;
  if (!segmenter) return Array.from(run.matchAll(/\P{M}\p{M}*/gu), (match) => match[0]);
  const words: string[] = [];
  for (const { segment } of segmenter.segment(run)) if (segment.trim() !== '') words.push(segment);
  return words;
}
