// Generates text from an n-gram model with a seeded PRNG and a temperature, marking each word with the order that produced it (SLP §3.3).
import { randomLcg } from 'd3-random';
import type { NgramModel } from './ngramModel.ts';
import { contextNodes } from './ngramTrie.ts';
import { BOS_ID, EOS_ID, wordId } from './vocabulary.ts';

export type SampleOptions = {
  /** Longest n-gram to use (1…model's maxOrder). */
  order: number;
  /** Same seed, same text. */
  seed: number;
  /** Counts are raised to 1/temperature before normalising: 1 samples the MLE, → 0 always takes the top word, > 1 flattens. Default 1. */
  temperature?: number;
  /** Stop after this many tokens (</s> included). Default 50. */
  maxTokens?: number;
  /** Tokens the text continues from; without one, generation starts a sentence. */
  prompt?: readonly string[];
};

export type SampledToken = {
  word: string;
  /** The n of the n-gram that produced the word: 1 + the context length actually used. */
  order: number;
  /** The words it was conditioned on (<s> at a sentence start). */
  context: string[];
};

/**
 * Each word comes from the longest context (up to order − 1 words) that the table holds with at least one stored
 * continuation; shorter contexts are used only when longer ones are missing — a back-off sampler over raw counts,
 * so high orders reproduce training text, as SLP §3.3 shows for Shakespeare. After </s> a new sentence starts.
 */
export function sampleText(model: NgramModel, options: SampleOptions): SampledToken[] {
  const { trie, vocabulary } = model;
  const order = Math.max(1, Math.min(options.order, trie.maxOrder));
  const temperature = options.temperature ?? 1;
  const maxTokens = options.maxTokens ?? 50;
  const random = randomLcg(options.seed);
  const history: number[] = [BOS_ID, ...(options.prompt ?? []).map((w) => wordId(vocabulary, w))];
  const result: SampledToken[] = [];
  const weights = new Float64Array(vocabulary.words.length);

  while (result.length < maxTokens) {
    const nodes = contextNodes(trie, history, history.length, order - 1);
    let j = Math.min(order - 1, history.length);
    while (j > 0 && !(nodes[j] >= 0 && hasContinuation(model, j, nodes[j]))) j--;
    const level = trie.levels[j];
    const next = trie.levels[j + 1];
    const start = level.childStart[nodes[j]];
    const end = level.childStart[nodes[j] + 1];
    if (!hasContinuation(model, j, nodes[j])) break; // an empty model has nothing to say
    let maxLog = -Infinity;
    for (let c = start; c < end; c++) {
      if (next.word[c] !== BOS_ID) maxLog = Math.max(maxLog, Math.log(next.count[c]));
    }
    // Weights c^(1/T), scaled by the largest so that low temperatures cannot overflow.
    let sum = 0;
    for (let c = start; c < end; c++) {
      const w =
        next.word[c] === BOS_ID
          ? 0
          : temperature > 0
            ? Math.exp((Math.log(next.count[c]) - maxLog) / temperature)
            : 0;
      weights[c - start] = w;
      sum += w;
    }
    let chosen = start;
    if (sum > 0 && Number.isFinite(sum)) {
      let u = random() * sum;
      for (chosen = start; chosen < end - 1; chosen++) {
        u -= weights[chosen - start];
        if (u < 0) break;
      }
      while (weights[chosen - start] === 0) chosen--;
    } else {
      // Temperature 0 (or too small to represent): the most frequent continuation, lowest id on ties.
      for (let c = start; c < end; c++) {
        if (next.word[c] !== BOS_ID && (next.word[chosen] === BOS_ID || next.count[c] > next.count[chosen]))
          chosen = c;
      }
    }
    const id = next.word[chosen];
    result.push({
      word: vocabulary.words[id],
      order: j + 1,
      context: history.slice(history.length - j).map((h) => vocabulary.words[h]),
    });
    if (id === EOS_ID) history.splice(0, history.length, BOS_ID);
    else history.push(id);
  }
  return result;
}

function hasContinuation(model: NgramModel, j: number, node: number): boolean {
  const level = model.trie.levels[j];
  const next = model.trie.levels[j + 1];
  for (let c = level.childStart[node]; c < level.childStart[node + 1]; c++)
    if (next.word[c] !== BOS_ID) return true;
  return false;
}
