// Binary format of an n-gram model's tables: a JSON header, then varint columns per trie level (gzip does the rest).
import type { Discounts } from './ngramModel.ts';
import { emptyLevel, type NgramLevel, type NgramTrie } from './ngramTrie.ts';
import { byteReader, byteWriter } from './varint.ts';
import { BOS_ID } from './vocabulary.ts';

const MAGIC = [0x4e, 0x47, 0x52, 0x4d]; // "NGRM"
const VERSION = 1;

export type NgramTables = { trie: NgramTrie; discounts: Discounts; minCount: number[] };

type Header = {
  version: number;
  maxOrder: number;
  sizes: number[];
  discounts: Discounts;
  minCount: number[];
};

/** Sums over the stored (non-<s>) children: subtracted from the context figures, which are then mostly 0. */
function storedSums(parent: NgramLevel, child: NgramLevel, i: number): [number, number, number] {
  let total = 0;
  let distinct = 0;
  let adjusted = 0;
  for (let c = parent.childStart[i]; c < parent.childStart[i + 1]; c++) {
    if (child.word[c] === BOS_ID) continue;
    total += child.count[c];
    distinct++;
    adjusted += child.adjusted[c];
  }
  return [total, distinct, adjusted];
}

/**
 * Layout after the header, for n = 1…maxOrder: children per node of level n − 1; word ids (first of each sibling
 * run, then gaps); counts; Kneser–Ney counts (below the top order only). Then for each context level n = 0…max − 1:
 * total, distinct and adjustedTotal minus the sums over the stored children.
 */
export function encodeNgramTables({ trie, discounts, minCount }: NgramTables): Uint8Array {
  const header: Header = {
    version: VERSION,
    maxOrder: trie.maxOrder,
    sizes: trie.levels.map((l) => l.size),
    discounts,
    minCount,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = byteWriter();
  for (const b of MAGIC) out.push(b);
  out.push(headerBytes.length);
  for (const b of headerBytes) out.push(b);
  for (let n = 1; n <= trie.maxOrder; n++) {
    const parent = trie.levels[n - 1];
    const level = trie.levels[n];
    for (let i = 0; i < parent.size; i++) out.push(parent.childStart[i + 1] - parent.childStart[i]);
    for (let i = 0; i < parent.size; i++) {
      for (let c = parent.childStart[i]; c < parent.childStart[i + 1]; c++) {
        out.push(c === parent.childStart[i] ? level.word[c] : level.word[c] - level.word[c - 1]);
      }
    }
    for (let i = 0; i < level.size; i++) out.push(level.count[i]);
    if (n < trie.maxOrder) for (let i = 0; i < level.size; i++) out.push(level.adjusted[i]);
  }
  for (let n = 0; n < trie.maxOrder; n++) {
    const level = trie.levels[n];
    const sums = Array.from({ length: level.size }, (_, i) => storedSums(level, trie.levels[n + 1], i));
    for (let i = 0; i < level.size; i++) out.push(level.total[i] - sums[i][0]);
    for (let i = 0; i < level.size; i++) out.push(level.distinct[i] - sums[i][1]);
    for (let i = 0; i < level.size; i++) out.push(level.adjustedTotal[i] - sums[i][2]);
  }
  return out.bytes();
}

/** Inverse of encodeNgramTables; throws on data that is not this format. */
export function decodeNgramTables(bytes: Uint8Array): NgramTables {
  if (MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not an n-gram table file (bad magic bytes)');
  const reader = byteReader(bytes, MAGIC.length);
  const headerLength = reader.next();
  const headerStart = reader.offset();
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(headerStart, headerStart + headerLength)),
  ) as Header;
  if (header.version !== VERSION) throw new Error(`unsupported n-gram table version ${header.version}`);
  const input = byteReader(bytes, headerStart + headerLength);
  const levels = header.sizes.map((size) => emptyLevel(size));
  levels[0].count[0] = 0;
  for (let n = 1; n <= header.maxOrder; n++) {
    const parent = levels[n - 1];
    const level = levels[n];
    for (let i = 0; i < parent.size; i++) parent.childStart[i + 1] = parent.childStart[i] + input.next();
    for (let i = 0; i < parent.size; i++) {
      for (let c = parent.childStart[i]; c < parent.childStart[i + 1]; c++) {
        level.word[c] = c === parent.childStart[i] ? input.next() : level.word[c - 1] + input.next();
      }
    }
    for (let i = 0; i < level.size; i++) level.count[i] = input.next();
    if (n < header.maxOrder) for (let i = 0; i < level.size; i++) level.adjusted[i] = input.next();
    else level.adjusted.set(level.count);
  }
  for (let n = 0; n < header.maxOrder; n++) {
    const level = levels[n];
    const sums = Array.from({ length: level.size }, (_, i) => storedSums(level, levels[n + 1], i));
    for (let i = 0; i < level.size; i++) level.total[i] = input.next() + sums[i][0];
    for (let i = 0; i < level.size; i++) level.distinct[i] = input.next() + sums[i][1];
    for (let i = 0; i < level.size; i++) level.adjustedTotal[i] = input.next() + sums[i][2];
  }
  levels[0].count[0] = levels[0].total[0];
  return {
    trie: { maxOrder: header.maxOrder, levels },
    discounts: header.discounts,
    minCount: header.minCount,
  };
}
