// Loads the corpus assets (built by scripts/corpus/build.ts) in the browser with fetch, or from disk in Node through a reader.
import type { CorpusEvaluation, CorpusMeta } from './corpusMeta.ts';
import { decodeNgramTables } from './ngramCodec.ts';
import type { NgramModel } from './ngramModel.ts';
import { prepareRankedChildren } from './rankedChildren.ts';
import { vocabularyFromWords } from './vocabulary.ts';

export const CORPUS_FILES = {
  /** One word per line; the line number is the id. */
  vocabulary: 'vocab.txt.gz',
  /** encodeNgramTables output. */
  ngrams: 'ngrams.bin.gz',
  meta: 'meta.json',
  evaluation: 'evaluation.json',
} as const;

/** Returns a file's bytes by asset name; the page uses fetchAssetReader, Node tests read files. */
export type AssetReader = (name: string) => Promise<Uint8Array>;

/** A reader over HTTP. baseUrl ends with a slash, e.g. withBase('/data/corpus/'). */
export function fetchAssetReader(baseUrl: string, fetchImpl: typeof fetch = globalThis.fetch): AssetReader {
  return async (name) => {
    const response = await fetchImpl(baseUrl + name);
    if (!response.ok) throw new Error(`could not load ${baseUrl + name}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/**
 * The .gz assets are gzipped at build time so the download is small on any host. A server that labels them
 * Content-Encoding: gzip makes the browser unpack them already, so check the magic bytes before unpacking.
 */
export async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The shipped n-gram model, with its top-k index built so lookups answer at once. */
export async function loadNgramModel(read: AssetReader): Promise<NgramModel> {
  const [vocabularyBytes, ngramBytes] = await Promise.all([
    read(CORPUS_FILES.vocabulary).then(gunzipIfNeeded),
    read(CORPUS_FILES.ngrams).then(gunzipIfNeeded),
  ]);
  const vocabulary = vocabularyFromWords(new TextDecoder().decode(vocabularyBytes).split('\n'));
  const { trie, discounts, minCount } = decodeNgramTables(ngramBytes);
  const model = { vocabulary, trie, discounts, minCount };
  prepareRankedChildren(trie);
  return model;
}

async function readJson<T>(read: AssetReader, name: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await read(name))) as T;
}

export function loadCorpusMeta(read: AssetReader): Promise<CorpusMeta> {
  return readJson(read, CORPUS_FILES.meta);
}

export function loadCorpusEvaluation(read: AssetReader): Promise<CorpusEvaluation> {
  return readJson(read, CORPUS_FILES.evaluation);
}
