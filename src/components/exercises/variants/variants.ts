// The numeric exercises that can give each student their own numbers: for each, the numbers the book
// asks about without variants (`base`), how a student's are drawn, the words that fill the question's
// <Var name="…"> slots, and the answer, computed from those numbers by the engine, the corpus or the
// figures' code (never typed in). Ranges are chosen so every draw has a well-defined, sensible answer;
// variants.test.ts checks that over many seeds. Changing a draw or an answer changes the numbers of
// students already working: bump VARIANT_SCHEME in seed.ts when you do.
import {
  gruParams,
  lstmParams,
  Rng,
  rnnParams,
  seq2seqParams,
  transformerParamCount,
} from '../../../engine/index.ts';
import type { NgramModel } from '../../../lib/text/ngramModel.ts';
import { nextWords } from '../../../lib/text/nextWords.ts';
import { datesModel } from '../../../tasks/dates.ts';
import { gradientFlow } from '../../models/gradientFlow.ts';
import { ADD_ONE, addK } from '../answers/addK.ts';
import { dotStd } from '../answers/dotStd.ts';
import { SPARSE_CORPUS_WORDS, SPARSE_VOCABULARY } from '../answers/bagOfWords.ts';
import { BOUND_SETTINGS } from '../answers/vanishingGradients.ts';
import { pick, steps } from './seed.ts';

export type Params = Record<string, number>;

/** What an answer may need besides its numbers: the corpus, loaded once (fetched in the page, read at build). */
export interface AnswerEnv {
  corpus(): Promise<NgramModel>;
}

export interface Variant {
  /** The provider (answers/) the exercise uses without variants; answer(base) must equal it. */
  answerKey: string;
  /** Exercises with the same group share one draw (Chapter 5's LSTM and GRU count "the same sizes"). */
  group: string;
  base: Params;
  draw(random: () => number): Params;
  /** Text for each <Var name="…"> slot of the question. */
  fields(p: Params): Record<string, string>;
  /** The exercise's hint with these numbers, when the hint names them. */
  hint?(p: Params): string;
  answer(p: Params, env: AnswerEnv): number | Promise<number>;
  /** How the answer follows from the numbers, for the answer key. */
  formula: string;
  /** The numbers in a few words: "D = 12, H = 30". */
  describe(p: Params): string;
}

const n = (x: number) => x.toLocaleString('en-US');

/** Chapter 0's (context, word) pairs: each word follows its context often in the Brown corpus. */
export const NEXT_WORD_PAIRS: readonly (readonly [string, string])[] = [
  ['of', 'the'],
  ['in', 'the'],
  ['to', 'be'],
  ['on', 'the'],
  ['it', 'is'],
  ['he', 'was'],
  ['did', 'not'],
  ['has', 'been'],
  ['will', 'be'],
  ['would', 'be'],
  ['could', 'not'],
  ['had', 'been'],
  ['there', 'was'],
  ['as', 'a'],
  ['for', 'a'],
  ['do', 'not'],
];

/** P(word | context) as the next-word figure's row for that context shows it (all words ranked, not the top few). */
async function share(env: AnswerEnv, context: string[], word: string): Promise<number> {
  const model = await env.corpus();
  const report = nextWords(model, context, context.length + 1, model.vocabulary.words.length);
  const hit = report.next.find((w) => w.word === word);
  if (!hit) throw new Error(`"${word}" does not follow "${context.join(' ')}" in the corpus`);
  return hit.p;
}

const millions = ['', 'one', 'two', 'three', 'four', 'five'];
const count = (p: { W: { size: number }; b: { size: number } }) => p.W.size + p.b.size;

export const VARIANTS: Record<string, Variant> = {
  'sequence-modeling/the-after-of': {
    answerKey: 'sequence-modeling.the-after-of',
    group: 'sequence-modeling/the-after-of',
    base: { pair: 0 },
    draw: (r) => ({ pair: pick(r, steps(0, NEXT_WORD_PAIRS.length - 1)) }),
    fields: ({ pair }) => ({ context: NEXT_WORD_PAIRS[pair][0], word: NEXT_WORD_PAIRS[pair][1] }),
    hint: ({ pair }) => {
      const [c, w] = NEXT_WORD_PAIRS[pair];
      return `Divide the share of “${w}” in the k = 1 row after “${c}” by its share in the k = 0 row.`;
    },
    answer: async ({ pair }, env) => {
      const [c, w] = NEXT_WORD_PAIRS[pair];
      return (await share(env, [c], w)) / (await share(env, [], w));
    },
    formula:
      'P(word | context) ÷ P(word), both counted from the Brown corpus as the next-word figure shows them',
    describe: ({ pair }) => `“${NEXT_WORD_PAIRS[pair][1]}” after “${NEXT_WORD_PAIRS[pair][0]}”`,
  },
  'bag-of-words/bigram-sparsity': {
    answerKey: 'bag-of-words.bigram-share',
    group: 'bag-of-words/bigram-sparsity',
    base: { V: SPARSE_VOCABULARY, N: SPARSE_CORPUS_WORDS },
    draw: (r) => ({ V: pick(r, steps(20_000, 100_000, 5_000)), N: pick(r, steps(1, 5)) * 1_000_000 }),
    fields: ({ V, N }) => ({ vocabulary: n(V), corpus: `${millions[N / 1_000_000]} million` }),
    hint: ({ V }) =>
      `There are ${n(V)} × ${n(V)} possible pairs, and a text of that many words has one pair at each place where two words meet.`,
    answer: ({ V, N }) => (N - 1) / V ** 2,
    formula: '(N − 1) / V²: a text of N words has N − 1 adjacent pairs, out of V² possible ones',
    describe: ({ V, N }) => `V = ${n(V)}, N = ${n(N)}`,
  },
  'ngrams/add-one-share': {
    answerKey: 'ngrams.add-one-unseen-share',
    group: 'ngrams/add-one-share',
    base: { V: ADD_ONE.vocabulary, c: ADD_ONE.contextCount, seen: ADD_ONE.distinctAfter },
    draw: (r) => {
      const c = pick(r, steps(4, 40));
      return { V: pick(r, steps(10_000, 100_000, 5_000)), c, seen: pick(r, steps(Math.ceil(c / 2), c)) };
    },
    fields: ({ V, c, seen }) => ({ vocabulary: n(V), count: String(c), distinct: String(seen) }),
    hint: ({ c, seen }) =>
      `Each continuation never seen after the context gets (0 + 1) / (${c} + V); there are V − ${seen} of them.`,
    answer: ({ V, c, seen }) => (V - seen) * addK(0, c, 1, V),
    formula: '(V − distinct) · (0 + 1) / (c(h) + V), add-one smoothing (eq. addk with k = 1)',
    describe: ({ V, c, seen }) => `V = ${n(V)}, seen ${c} times, followed by ${seen} different words`,
  },
  'rnns/recurrent-params': {
    answerKey: 'rnns.recurrent-params',
    group: 'rnns/recurrent-params',
    base: { H: 6, D: 4 },
    draw: (r) => ({ H: pick(r, steps(3, 16)), D: pick(r, steps(2, 12)) }),
    fields: ({ H, D }) => ({ H: String(H), D: String(D) }),
    answer: ({ H, D }) => {
      const p = rnnParams(new Rng(1), D, H);
      return p.Whh.size + p.Wxh.size + p.b.size;
    },
    formula: 'H² + H·D + H, counted from the engine’s rnnParams(D, H)',
    describe: ({ H, D }) => `H = ${H}, D = ${D}`,
  },
  'vanishing-gradients/bound-share': {
    answerKey: 'vanishing-gradients.bound-share',
    group: 'vanishing-gradients/bound-share',
    base: { radius: BOUND_SETTINGS.radius, T: BOUND_SETTINGS.T },
    draw: (r) => ({ radius: pick(r, steps(0.7, 0.95, 0.05)), T: pick(r, steps(20, 60, 5)) }),
    fields: ({ radius, T }) => ({ radius: String(radius), T: String(T) }),
    hint: ({ T }) =>
      `An orthogonal matrix scaled to ρ has every singular value equal to ρ, and tanh has γ = 1; the gradient from step ${T} crosses ${T - 1} steps to reach step 1.`,
    answer: ({ radius, T }) => gradientFlow({ ...BOUND_SETTINGS, radius, T }).bound[0],
    formula: '(γ · σ_max)^(T − 1) = ρ^(T − 1) for tanh, as the gradient-through-time figure computes it',
    describe: ({ radius, T }) => `ρ = ${radius}, T = ${T}`,
  },
  'gates/lstm-params': {
    answerKey: 'gates.lstm-params',
    group: 'gates/sizes',
    base: { D: 10, H: 20 },
    draw: (r) => ({ D: pick(r, steps(4, 32)), H: pick(r, steps(8, 64, 4)) }),
    fields: ({ D, H }) => ({ D: String(D), H: String(H) }),
    answer: ({ D, H }) => count(lstmParams(new Rng(1), D, H)),
    formula: '4H(H + D) + 4H, counted from the engine’s lstmParams(D, H)',
    describe: ({ D, H }) => `D = ${D}, H = ${H}`,
  },
  'gates/gru-params': {
    answerKey: 'gates.gru-params',
    group: 'gates/sizes',
    base: { D: 10, H: 20 },
    draw: (r) => ({ D: pick(r, steps(4, 32)), H: pick(r, steps(8, 64, 4)) }),
    fields: () => ({}),
    answer: ({ D, H }) => count(gruParams(new Rng(1), D, H)),
    formula: '3H(H + D) + 3H, counted from the engine’s gruParams(D, H), with the LSTM exercise’s sizes',
    describe: ({ D, H }) => `D = ${D}, H = ${H}`,
  },
  'seq2seq/plain-params': {
    answerKey: 'seq2seq.plain-params',
    group: 'seq2seq/plain-params',
    base: { H: 32, E: 16 },
    draw: (r) => ({ H: pick(r, steps(16, 64, 8)), E: pick(r, steps(8, 24, 4)) }),
    fields: ({ H, E }) => ({ H: String(H), E: String(E) }),
    hint: ({ E }) =>
      `Two embeddings (43 and 14 rows of ${E}); the encoder's GRU with W of shape [3H, H + ${E}] and b of [1, 3H]; the decoder's GRU, which also reads c, with W of [3H, H + ${E} + H] and b of [1, 3H]; an output layer [14, 2H] on [s; c] with its bias.`,
    answer: ({ H, E }) =>
      Object.values(
        seq2seqParams(
          datesModel({ cell: 'gru', attention: 'none', hidden: H, embed: E, feedContext: true }, new Rng(1)),
        ),
      ).reduce((sum, p) => sum + p.size, 0),
    formula:
      'every trainable number of the engine’s plain GRU date model with context size H and embeddings of E',
    describe: ({ H, E }) => `context size ${H}, embeddings of ${E}`,
  },
  'attention/dot-spread': {
    answerKey: 'attention.dot-std-64',
    group: 'attention/dot-spread',
    base: { d: 64 },
    draw: (r) => ({ d: pick(r, [16, 25, 36, 49, 64, 81, 100, 121, 144]) }),
    fields: ({ d }) => ({ d: String(d) }),
    answer: ({ d }) => dotStd(d),
    formula: 'the standard deviation of q·k measured by the engine on 160,000 random pairs (≈ √d)',
    describe: ({ d }) => `d = ${d}`,
  },
  'transformer/block-params': {
    answerKey: 'transformer.block-params-48',
    group: 'transformer/block-params',
    base: { d: 48 },
    // multiples of 8, so 4 heads always split d evenly
    draw: (r) => ({ d: pick(r, steps(16, 96, 8)) }),
    fields: ({ d }) => ({ d: String(d) }),
    answer: ({ d }) => {
      const model = { vocab: 48, context: 32, d, heads: 4, positions: 'learned' as const };
      return transformerParamCount({ ...model, layers: 2 }) - transformerParamCount({ ...model, layers: 1 });
    },
    formula:
      '12d² + 13d: the engine’s transformerParamCount for two blocks minus one (attention 4d² + 4d, MLP 8d² + 5d, two layer norms 4d)',
    describe: ({ d }) => `d = ${d}`,
  },
};

/** The variant of exercise `key` ("chapter/id"), if it has one. */
export function variantOf(key: string): Variant | undefined {
  return VARIANTS[key];
}
