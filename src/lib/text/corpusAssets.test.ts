import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brownAssetBase, loadBrownMeta } from './brownModel.ts';
import { CORPUS_FILES, fetchAssetReader, gunzipIfNeeded, loadNgramModel } from './corpusAssets.ts';
import { encodeNgramTables } from './ngramCodec.ts';
import { trainNgramModel } from './ngramModel.ts';
import { samIAm } from './testing/samIAm.ts';

const text = new TextEncoder().encode('hello');

describe('gunzipIfNeeded', () => {
  it('unpacks gzip data, and passes through data a server already unpacked', async () => {
    expect(await gunzipIfNeeded(new Uint8Array(gzipSync(text)))).toEqual(text);
    expect(await gunzipIfNeeded(text)).toBe(text);
  });
});

describe('fetchAssetReader', () => {
  it('fetches names under the base URL and reports HTTP failures with the address', async () => {
    const asked: string[] = [];
    const fakeFetch = (async (url: string) => {
      asked.push(url);
      return url.endsWith('missing') ? new Response('', { status: 404 }) : new Response(text);
    }) as typeof fetch;
    const read = fetchAssetReader('/base/data/corpus/', fakeFetch);
    expect(await read('meta.json')).toEqual(text);
    await expect(read('missing')).rejects.toThrow('/base/data/corpus/missing: HTTP 404');
    expect(asked).toEqual(['/base/data/corpus/meta.json', '/base/data/corpus/missing']);
  });
});

describe('loadNgramModel', () => {
  it('decodes gzipped vocabulary and tables into a working model', async () => {
    const model = trainNgramModel(samIAm, 2);
    const files: Record<string, Uint8Array> = {
      [CORPUS_FILES.vocabulary]: gzipSync(model.vocabulary.words.join('\n')),
      [CORPUS_FILES.ngrams]: gzipSync(encodeNgramTables(model)),
    };
    const loaded = await loadNgramModel(async (name) => new Uint8Array(files[name]));
    expect(loaded.vocabulary.words).toEqual(model.vocabulary.words);
    expect(loaded.trie).toEqual(model.trie);
  });
});

describe('brown asset loaders', () => {
  it('live under data/corpus/ of the site base', () => {
    expect(brownAssetBase()).toMatch(/\/data\/corpus\/$/);
  });

  it('load once, share the result, and retry after a failure', async () => {
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error('offline');
    };
    await expect(loadBrownMeta(failing)).rejects.toThrow('offline');
    const meta = { documents: 500 };
    const working = async () => {
      calls++;
      return new TextEncoder().encode(JSON.stringify(meta));
    };
    expect(await loadBrownMeta(working)).toEqual(meta);
    expect(await loadBrownMeta(failing)).toEqual(meta);
    expect(calls).toBe(2);
  });
});
