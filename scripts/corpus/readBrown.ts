// Reads the Brown corpus files (ca01 … cr09) from a directory into documents of padded, tokenised sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownTokenizer } from '../../src/lib/text/brownTokenizer.ts';

export type BrownDocument = {
  /** File name, e.g. "ca01". */
  id: string;
  /** Genre letter a…r (A = press: reportage … R = humor), from the file name. */
  category: string;
  /** Sentences as tokens wrapped in <s> … </s>. */
  sentences: string[][];
  /** word/TAG tokens in the file, before the book's tokeniser splits or drops anything. */
  rawTokens: number;
};

const FILE_NAME = /^c([a-r])\d\d$/;

/** All Brown documents in dir, in file-name order; throws if there are none (wrong directory). */
export function readBrown(dir: string): BrownDocument[] {
  const files = readdirSync(dir)
    .filter((name) => FILE_NAME.test(name))
    .sort();
  if (files.length === 0) throw new Error(`no Brown corpus files (c[a-r]NN) in ${dir}`);
  const tokenize = brownTokenizer();
  return files.map((id) => {
    const text = readFileSync(join(dir, id), 'utf8');
    let rawTokens = 0;
    for (const token of text.split(/\s+/)) if (token !== '') rawTokens++;
    return { id, category: FILE_NAME.exec(id)![1], sentences: tokenize(text), rawTokens };
  });
}
