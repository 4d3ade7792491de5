// The character n-gram baseline for the tiny GPT: the book's n-gram library (interpolated Kneser–Ney,
// lib/text) counted on characters of the training part, scored on exactly the held-out characters the
// 'tiny-gpt' task's evaluate() predicts, so the two losses answer the same question. It lives beside the
// task so the training worker can compute it for a pasted text (about 300 ms: never on the page's thread);
// the site build computes it for the Brown text with the same function.
import { BOS } from '../lib/text/markers.ts';
import { trainNgramModel } from '../lib/text/ngramModel.ts';
import { probabilityAt } from '../lib/text/ngramProbability.ts';
import { contextNodes } from '../lib/text/ngramTrie.ts';
import { wordId } from '../lib/text/vocabulary.ts';
import { splitText, type TinyGptConfig } from './tinyGpt.ts';

export interface CharBaseline {
  /** Mean cross-entropy in nats per held-out character, for orders 1…maxOrder (index order − 1). */
  loss: number[];
  /** Held-out characters scored. */
  characters: number;
}

/**
 * The held-out positions the task's evaluate() predicts: windows of `context` characters from the split,
 * `windows` of them, each predicting characters split + w·T + 1 … split + (w + 1)·T.
 */
export function heldOutPositions(
  length: number,
  split: number,
  context: number,
  evalWindows: number,
): number[] {
  const windows = Math.max(1, Math.min(evalWindows, Math.floor((length - split - 1) / context)));
  return Array.from({ length: windows * context }, (_, i) => split + i + 1);
}

/** Interpolated Kneser–Ney character n-grams of orders 1…maxOrder, trained on the part the GPT trains on. */
export function charBaseline(
  c: Pick<TinyGptConfig, 'text' | 'context' | 'heldOut' | 'evalWindows'>,
  maxOrder = 5,
): CharBaseline {
  const { split } = splitText(c as TinyGptConfig);
  const chars = [...c.text];
  // one "sentence": <s> then every training character; a character is a word to the library
  const model = trainNgramModel([[BOS, ...chars.slice(0, split)]], maxOrder);
  const ids = Uint32Array.from([BOS, ...chars], (ch) => wordId(model.vocabulary, ch));
  const positions = heldOutPositions(chars.length, split, c.context, c.evalWindows);
  const loss = Array.from({ length: maxOrder }, (_, k) => {
    let nats = 0;
    for (const p of positions) {
      const i = p + 1; // ids are shifted by the leading <s>
      const nodes = contextNodes(model.trie, ids, i, k);
      const prob = probabilityAt(model, nodes, Math.min(k, i), ids[i], { method: 'kneserNey' });
      // a character never seen in training gets the library's <unk> estimate; guard a zero all the same
      nats -= Math.log(Math.max(prob, 1e-12));
    }
    return nats / positions.length;
  });
  return { loss, characters: positions.length };
}

/** The baseline as evaluation metrics: `ngram1`…`ngramN` (nats per held-out character) and `ngramCharacters`. */
export function charNgramMetrics(
  c: Pick<TinyGptConfig, 'text' | 'context' | 'heldOut' | 'evalWindows'>,
  maxOrder: number,
): Record<string, number> {
  const b = charBaseline(c, maxOrder);
  return {
    ...Object.fromEntries(b.loss.map((l, k) => [`ngram${k + 1}`, l])),
    ngramCharacters: b.characters,
  };
}

/** The baseline back from evaluation metrics, or null when they hold none. */
export function baselineFromMetrics(m: Readonly<Record<string, number>>): CharBaseline | null {
  const loss: number[] = [];
  for (let k = 1; Number.isFinite(m[`ngram${k}`]); k++) loss.push(m[`ngram${k}`]);
  const characters = m.ngramCharacters;
  return loss.length > 0 && Number.isFinite(characters) ? { loss, characters } : null;
}
