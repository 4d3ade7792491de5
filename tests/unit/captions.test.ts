// A caption describes a figure's encoding in words that hold in both themes: the heatmaps and strips mix
// a colour into the page's background, so in dark mode more weight is lighter, not darker. Words that name
// a lightness ("darker", "white", …) are true in one theme only.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/content/chapters/', import.meta.url);
const THEME_BOUND = /\b(darker|darkest|lighter|lightest|paler|palest|black|white|grey|gray)\b/gi;

/** Every figure's caption in a chapter: the text between <SomethingFigure …> and </SomethingFigure>. */
function captions(text: string): { figure: string; caption: string }[] {
  return [...text.matchAll(/<(\w+Figure)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
    figure: m[1],
    caption: m[2].replace(/\s+/g, ' ').trim(),
  }));
}

describe('figure captions describe colour in words that hold in light and dark mode', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mdx'))) {
    it(file, () => {
      const found = captions(readFileSync(new URL(file, DIR), 'utf8')).flatMap(({ figure, caption }) =>
        [...caption.matchAll(THEME_BOUND)].map((m) => `${figure}: "${m[0]}"`),
      );
      expect(found).toEqual([]);
    });
  }
});
