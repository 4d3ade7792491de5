// Two texts as bags of words: each is tokenised with a visible trace, optionally shuffled (seeded), and
// counted over the shared vocabulary; the cosine of the two count vectors measures how alike they are.
import { bagOfWords } from '../../lib/text/bagOfWords.ts';
import { cosineSimilarity } from '../../lib/text/cosineSimilarity.ts';
import { shuffled } from '../../lib/text/shuffled.ts';
import { isPunctuation, type PunctuationMode, tokenize } from '../../lib/text/tokenize.ts';

/** Features listed per group (words, bigrams); the rest are counted but summarised in a note. */
export const MAX_ROWS = 20;
/** Tokens listed per trace step. */
export const MAX_TOKENS_SHOWN = 40;
/** Characters of text listed per trace step. */
export const MAX_TEXT_SHOWN = 160;
/** Vectors are written out as numbers only while they are this short. */
export const MAX_VECTOR_SHOWN = 12;

export interface CompareOptions {
  lowercase: boolean;
  punctuation: PunctuationMode;
  bigrams: boolean;
  /** 0 keeps the typed order; any other value shuffles each sentence's tokens with a seed derived from it. */
  seed: number;
}

export interface TraceStep {
  label: string;
  /** For steps that rewrite the text: the text afterwards, cut to MAX_TEXT_SHOWN characters. */
  text?: string;
  /** For steps that produce tokens: the first MAX_TOKENS_SHOWN of them. */
  tokens?: string[];
  /** Characters or tokens left out of `text` or `tokens`. */
  hidden: number;
  /** What the step did, in words ("no change", "dropped 1 punctuation token: ."). */
  note: string;
}

export interface SentenceTrace {
  label: 'A' | 'B';
  steps: TraceStep[];
  /** Tokens after every step, in their final (possibly shuffled) order. */
  tokens: string[];
  /** The same tokens in the order they were typed, before any shuffle. */
  typed: string[];
  /** Adjacent pairs of the final tokens, "w1 w2". */
  bigrams: string[];
}

export interface FeatureRow {
  feature: string;
  a: number;
  b: number;
}

export interface FeatureGroup {
  kind: 'word' | 'bigram';
  /** Distinct features of this kind across both sentences. */
  total: number;
  /** The MAX_ROWS most frequent (counts of A and B together; ties to the earlier), in vocabulary order. */
  rows: FeatureRow[];
}

export type Cosine =
  | { value: number; dot: number; squaredNormA: number; squaredNormB: number }
  | { value: null; reason: string };

export interface Comparison {
  sentences: [SentenceTrace, SentenceTrace];
  vocabulary: string[];
  vectors: [number[], number[]];
  groups: FeatureGroup[];
  /** Largest count in any row shown, at least 1: the full length of a bar. */
  maxCount: number;
  cosine: Cosine;
}

function cut<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

function textStep(label: string, text: string, changed: boolean): TraceStep {
  const chars = [...text];
  return {
    label,
    text: chars.slice(0, MAX_TEXT_SHOWN).join(''),
    hidden: Math.max(0, chars.length - MAX_TEXT_SHOWN),
    note: changed ? 'changed' : 'no change',
  };
}

function tokenStep(label: string, tokens: readonly string[], note: string): TraceStep {
  const { shown, hidden } = cut(tokens, MAX_TOKENS_SHOWN);
  return { label, tokens: shown, hidden, note };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Tokenises one text and records each step the reader should see, ending with the optional shuffle. */
export function traceSentence(label: 'A' | 'B', text: string, options: CompareOptions): SentenceTrace {
  const { steps: raw, tokens: typed } = tokenize(text, {
    lowercase: options.lowercase,
    punctuation: options.punctuation,
  });
  const steps: TraceStep[] = [];
  let before: string[] = [];
  for (const step of raw) {
    if ('text' in step) {
      steps.push(textStep(step.label, step.text, step.changed));
    } else if (step.id === 'split') {
      steps.push(tokenStep(step.label, step.tokens, plural(step.tokens.length, 'token')));
      before = step.tokens;
    } else {
      const dropped = before.filter(isPunctuation);
      const note =
        dropped.length === 0
          ? 'nothing to drop'
          : `dropped ${plural(dropped.length, 'punctuation token')}: ${[...new Set(dropped)].slice(0, 8).join(' ')}`;
      steps.push(tokenStep(step.label, step.tokens, note));
    }
  }
  let tokens = typed;
  if (options.seed > 0) {
    // A different seed per sentence, so "a b" and "a b" need not land in the same order.
    tokens = shuffled(typed, options.seed * 2 + (label === 'A' ? 0 : 1));
    steps.push(tokenStep(`Shuffle the words (seed ${options.seed})`, tokens, 'same tokens, new order'));
  }
  const bigrams: string[] = [];
  for (let i = 1; i < tokens.length; i++) bigrams.push(`${tokens[i - 1]} ${tokens[i]}`);
  return { label, steps, tokens, typed, bigrams };
}

function cosineOf(a: SentenceTrace, b: SentenceTrace, va: number[], vb: number[]): Cosine {
  const value = cosineSimilarity(va, vb);
  if (value === null) {
    const empty = [a, b].filter((s) => s.tokens.length === 0).map((s) => s.label);
    const who = empty.length === 2 ? 'Neither sentence has' : `Sentence ${empty[0] ?? 'A'} has no`;
    return {
      value: null,
      reason: `${who} ${empty.length === 2 ? 'any ' : ''}words to count, so there is no cosine similarity: it needs at least one word on each side.`,
    };
  }
  let dot = 0;
  let squaredNormA = 0;
  let squaredNormB = 0;
  for (let i = 0; i < va.length; i++) {
    dot += va[i] * vb[i];
    squaredNormA += va[i] * va[i];
    squaredNormB += vb[i] * vb[i];
  }
  // Counts are integers, so dot and squared norms are exact and one square root of their product keeps
  // equal bags at exactly 1 (the library's scaled sum can land a hair below it).
  return { value: dot / Math.sqrt(squaredNormA * squaredNormB), dot, squaredNormA, squaredNormB };
}

/** Counts both texts over their shared vocabulary and compares them. */
export function compareTexts(textA: string, textB: string, options: CompareOptions): Comparison {
  const a = traceSentence('A', textA, options);
  const b = traceSentence('B', textB, options);
  const bag = bagOfWords([a.tokens, b.tokens], { bigrams: options.bigrams });
  // Words are listed in the order they were first typed, so a shuffle cannot reorder the table or the
  // vectors; bagOfWords lists every word before any bigram, and bigrams keep its order.
  const typedRank = new Map<string, number>();
  for (const t of [...a.typed, ...b.typed]) if (!typedRank.has(t)) typedRank.set(t, typedRank.size);
  const words = typedRank.size;
  const rank = (i: number) => (i < words ? typedRank.get(bag.vocabulary[i])! : i);
  const order = bag.vocabulary.map((_, i) => i).sort((i, j) => rank(i) - rank(j));
  const vocabulary = order.map((i) => bag.vocabulary[i]);
  const va = order.map((i) => bag.vectors[0][i]);
  const vb = order.map((i) => bag.vectors[1][i]);
  // Most frequent first; ties keep vocabulary order (sort is stable).
  const byCount = (i: number, j: number) => vb[j] + va[j] - (va[i] + vb[i]);
  const all = vocabulary.map((_, i) => i);
  const spans: [FeatureGroup['kind'], number[]][] = [['word', all.slice(0, words)]];
  if (options.bigrams) spans.push(['bigram', all.slice(words)]);
  const groups: FeatureGroup[] = [];
  let maxCount = 1;
  for (const [kind, indices] of spans) {
    // Listed in vocabulary order, so the table reads as the vectors do, entry by entry.
    const rows = indices
      .sort(byCount)
      .slice(0, MAX_ROWS)
      .sort((i, j) => i - j)
      .map((i) => ({ feature: vocabulary[i], a: va[i], b: vb[i] }));
    for (const r of rows) maxCount = Math.max(maxCount, r.a, r.b);
    groups.push({ kind, total: indices.length, rows });
  }
  return {
    sentences: [a, b],
    vocabulary,
    vectors: [va, vb],
    groups,
    maxCount,
    cosine: cosineOf(a, b, va, vb),
  };
}

/** How many (sentence, feature) counts differ between two comparisons, features matched by name. */
export function countsChanged(before: Comparison, after: Comparison): number {
  let moved = 0;
  for (const side of [0, 1] as const) {
    const counts = new Map<string, number>();
    before.vocabulary.forEach((f, i) => {
      counts.set(f, before.vectors[side][i]);
    });
    after.vocabulary.forEach((f, i) => {
      if ((counts.get(f) ?? 0) !== after.vectors[side][i]) moved++;
      counts.delete(f);
    });
    for (const c of counts.values()) if (c !== 0) moved++;
  }
  return moved;
}
