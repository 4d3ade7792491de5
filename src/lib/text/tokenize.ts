// The book's tokeniser: turns any Unicode text into word, number, emoji and punctuation tokens, keeping a trace of each step for display.
import { splitUnspaced } from './splitUnspaced.ts';

export type PunctuationMode = 'split' | 'drop';

export type TokenizeOptions = {
  /** Fold case with String.prototype.toLowerCase (locale-independent). Default true. */
  lowercase?: boolean;
  /** 'split' keeps punctuation as tokens of its own; 'drop' removes punctuation and symbols (not emoji). Default 'split'. */
  punctuation?: PunctuationMode;
  /** Use Intl.Segmenter for scripts written without spaces (Chinese, Japanese, Thai…) when the runtime has it. Default true. */
  useSegmenter?: boolean;
};

export type TokenizeStep =
  | { id: 'normalize' | 'lowercase'; label: string; text: string; changed: boolean }
  | { id: 'split' | 'drop-punctuation'; label: string; tokens: string[]; changed: boolean };

export type Tokenization = { tokens: string[]; steps: TokenizeStep[] };

// Scripts written without spaces between words; their runs go to a word segmenter instead of the regex.
export const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u30FC`;
// Letters, combining marks and digits of every other script; ZWJ/ZWNJ stay inside words (Persian, Indic).
const WORD_CHAR = String.raw`[[\p{L}\p{M}\p{N}\u200C\u200D]--[${UNSPACED}]]`;
// Inside a word: apostrophe (don't), hyphen (term-end), period (u.s, 3.14); between digits also , : / (1,000 2:30 1/2).
const JOIN = String.raw`(?:['\-.]|(?<=\p{N})[,:\/](?=\p{N}))`;
// Alternatives in priority order: a whole emoji sequence, an unspaced run, a word, a run of one repeated symbol (... -- !!).
const TOKEN = new RegExp(
  String.raw`(\p{RGI_Emoji})|([${UNSPACED}]+)|(${WORD_CHAR}+(?:${JOIN}${WORD_CHAR}+)*)|(\S)\4*`,
  'gv',
);
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Control and format characters other than ZWJ/ZWNJ and whitespace (zero-width space, BOM, bidi marks).
const INVISIBLE = /[[\p{Cc}\p{Cf}]--[\u200C\u200D\t\n\v\f\r]]/gv;

/** NFKC (folds full-width letters and ligatures), strips invisible characters, and unifies quotes and dashes. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/``|''|[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\u2014/g, '--');
}

/** True for a token with no letter, digit or pictograph in it: punctuation or a symbol like $ or %. */
export function isPunctuation(token: string): boolean {
  return !HAS_WORD_CHAR.test(token) && !PICTOGRAPHIC.test(token);
}

/** Split already-normalised text into tokens (no trace); the fast path used for the corpus. */
export function splitTokens(text: string, useSegmenter = true): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (match[2] !== undefined) tokens.push(...splitUnspaced(match[2], useSegmenter));
    else tokens.push(match[0]);
  }
  return tokens;
}

/** Tokenise text, returning the tokens and every intermediate step for the chapter to display. */
export function tokenize(text: string, options: TokenizeOptions = {}): Tokenization {
  const { lowercase = true, punctuation = 'split', useSegmenter = true } = options;
  const steps: TokenizeStep[] = [];
  const normalized = normalizeText(text);
  steps.push({
    id: 'normalize',
    label: 'Normalise Unicode, quotes and dashes',
    text: normalized,
    changed: normalized !== text,
  });
  let current = normalized;
  if (lowercase) {
    const lowered = current.toLowerCase();
    steps.push({ id: 'lowercase', label: 'Lowercase', text: lowered, changed: lowered !== current });
    current = lowered;
  }
  let tokens = splitTokens(current, useSegmenter);
  steps.push({ id: 'split', label: 'Split into words and punctuation', tokens, changed: true });
  if (punctuation === 'drop') {
    const kept = tokens.filter((token) => !isPunctuation(token));
    steps.push({
      id: 'drop-punctuation',
      label: 'Drop punctuation',
      tokens: kept,
      changed: kept.length !== tokens.length,
    });
    tokens = kept;
  }
  return { tokens, steps };
}

/** Tokens only, with the same rules as tokenize. */
export function tokenWords(text: string, options: TokenizeOptions = {}): string[] {
  const { lowercase = true, punctuation = 'split', useSegmenter = true } = options;
  const normalized = normalizeText(text);
  const tokens = splitTokens(lowercase ? normalized.toLowerCase() : normalized, useSegmenter);
  return punctuation === 'drop' ? tokens.filter((token) => !isPunctuation(token)) : tokens;
}
