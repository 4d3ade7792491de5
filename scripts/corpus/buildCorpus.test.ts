import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenizeBrown } from '../../src/lib/text/brownTokenizer.ts';
import { loadCorpusEvaluation, loadCorpusMeta, loadNgramModel } from '../../src/lib/text/corpusAssets.ts';
import type { NgramModel } from '../../src/lib/text/ngramModel.ts';
import { probability, type Smoothing } from '../../src/lib/text/ngramProbability.ts';
import { buildCorpus } from './buildCorpus.ts';
import { diskAssetReader } from './diskAssetReader.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'brown-mini');
const out = mkdtempSync(join(tmpdir(), 'corpus-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const methods: Smoothing[] = [{ method: 'mle' }, { method: 'addK', k: 0.1 }, { method: 'kneserNey' }];

/** Sentences of fixture documents, tokenised as the build does. */
const sentencesOf = (ids: readonly string[]) =>
  ids.flatMap((id) => tokenizeBrown(readFileSync(join(fixture, id), 'utf8')));

/** Every (history, word, order, method) the sentences give, scored by both models. */
function expectSameProbabilities(a: NgramModel, b: NgramModel, sentences: string[][]) {
  let checked = 0;
  for (const sentence of sentences) {
    for (let i = 1; i < sentence.length; i++) {
      for (let order = 1; order <= 3; order++) {
        for (const s of methods) {
          const history = sentence.slice(0, i);
          expect(probability(a, history, sentence[i], order, s)).toBe(
            probability(b, history, sentence[i], order, s),
          );
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
}

describe('buildCorpus on a fixture corpus', () => {
  const unpruned = buildCorpus({
    corpusDir: fixture,
    outDir: join(out, 'full'),
    maxOrder: 3,
    minCount: [1, 1, 1, 1],
    heldOutShare: 0.34,
  });

  it('writes the four assets and reports their sizes', () => {
    expect(readdirSync(join(out, 'full')).sort()).toEqual([
      'evaluation.json',
      'meta.json',
      'ngrams.bin.gz',
      'vocab.txt.gz',
    ]);
    for (const file of unpruned.files) {
      const bytes = readFileSync(join(out, 'full', file.name));
      expect(file.name.endsWith('.gz') ? file.gzipBytes : file.bytes).toBe(bytes.length);
    }
    expect(unpruned.totalGzipBytes).toBe(unpruned.files.reduce((sum, f) => sum + f.gzipBytes, 0));
  });

  it('computes the corpus figures in meta.json from the files', async () => {
    const meta = await loadCorpusMeta(diskAssetReader(join(out, 'full')));
    expect(meta).toEqual(unpruned.meta);
    // Types by hand: the cat sat on mat . dog log a saw ate fish mr smith fed bone " is fat , said jury ? ! of cats.
    expect(meta).toMatchObject({ documents: 5, sentences: 17, types: 26 });
    expect(meta.categories.map((c) => [c.letter, c.name, c.documents, c.heldOut])).toEqual([
      ['a', 'PRESS: REPORTAGE', 3, 1],
      ['b', 'PRESS: EDITORIAL', 2, 1],
    ]);
    expect(meta.split.train.tokens + meta.split.heldOut.tokens).toBe(meta.tokens);
    expect(meta.split.train.sentences + meta.split.heldOut.sentences).toBe(meta.sentences);
    expect(sentencesOf(meta.split.heldOut.documentIds)).toHaveLength(meta.split.heldOut.sentences);
  });

  it('loads back a model that gives the same probabilities as the one it was built from', async () => {
    const loaded = await loadNgramModel(diskAssetReader(join(out, 'full')));
    expect(loaded.vocabulary.words).toEqual(unpruned.model.vocabulary.words);
    const sentences = sentencesOf([...unpruned.meta.split.heldOut.documentIds, 'ca01']);
    expectSameProbabilities(loaded, unpruned.model, sentences);
  });

  it('ships a pruned table that loads back exactly, and states its thresholds', async () => {
    const pruned = buildCorpus({
      corpusDir: fixture,
      outDir: join(out, 'pruned'),
      maxOrder: 3,
      minCount: [1, 1, 2, 2],
    });
    const loaded = await loadNgramModel(diskAssetReader(join(out, 'pruned')));
    expect(loaded.minCount).toEqual([1, 1, 2, 2]);
    expect(pruned.meta.model.ngrams.every((row) => row.stored <= row.distinct)).toBe(true);
    expect(pruned.meta.model.ngrams[1].stored).toBeLessThan(pruned.meta.model.ngrams[1].distinct);
    expectSameProbabilities(loaded, pruned.shipped, sentencesOf(['cb01', 'ca02']));
  });

  it('writes evaluation.json with a finite Kneser–Ney perplexity and MLE marked infinite rather than a number', async () => {
    const evaluation = await loadCorpusEvaluation(diskAssetReader(join(out, 'full')));
    expect(evaluation.perplexity.map((row) => row.n)).toEqual([1, 2, 3]);
    for (const row of evaluation.perplexity) {
      expect(row.kneserNey.perplexity).toBeGreaterThan(1);
      expect(row.mle.infinite).toBe(row.mle.perplexity === null);
      expect(row.addK.map((a) => a.k)).toContain(row.bestK);
    }
    expect(evaluation.perplexity[2].mle).toMatchObject({ infinite: true, perplexity: null });
    expect(evaluation.sparsity.map((row) => row.n)).toEqual([1, 2, 3]);
  });
});
