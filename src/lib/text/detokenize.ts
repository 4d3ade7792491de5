// Joins tokens back into readable text for display, attaching punctuation to its neighbours.
import { BOS, EOS } from './markers.ts';

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}']|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/**
 * A display heuristic, not an inverse of tokenize: straight double quotes alternate between opening and closing,
 * </s> becomes a line break and <s> vanishes.
 */
export function detokenize(tokens: readonly string[]): string {
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  for (const token of tokens) {
    if (token === BOS) continue;
    if (token === EOS) {
      text = text.trimEnd() + '\n';
      glueNext = true;
      quoteOpen = false;
      continue;
    }
    let glue: boolean;
    if (token === '"') {
      glue = quoteOpen || glueNext;
      glueNext = !quoteOpen;
      quoteOpen = !quoteOpen;
    } else {
      glue = glueNext || NO_SPACE_BEFORE.test(token);
      glueNext = NO_SPACE_AFTER.test(token);
    }
    text += (glue ? '' : ' ') + token;
  }
  return text.trimEnd();
}
