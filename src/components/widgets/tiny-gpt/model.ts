// The tiny GPT figure's model: a live run of the engine's 'tiny-gpt' task in a worker on Brown text (or
// the reader's), its training and held-out losses against the character n-gram baseline computed from the
// same split, and text sampled in the page from snapshots of its weights with the reader's temperature and top-k.
import { paramsFromSnapshot, type PortLike, type RunSettings } from '../../../engine/index.ts';
import { sampleGpt, splitText, type TinyGptConfig, tinyGptModel, tinyGptTask } from '../../../tasks/index.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { type CharBaseline, charBaseline } from './charNgram.ts';
import { GptRun, type Snapshot } from './gptRun.ts';
import type { TinyGptSchema } from './state.ts';

export const MAX_STEPS = 1500;
export const SAMPLE_LENGTH = 80;
/** What a sample starts from. */
export const PRIME = 'the ';

/** The task's configuration for a text: the book's tiny GPT (2 layers, d = 48, 4 heads, context 32). */
export function gptConfig(text: string): TinyGptConfig {
  return { ...tinyGptTask.defaults, text };
}

export function gptSettings(text: string, seed: number): RunSettings & { maxSteps: number } {
  return {
    task: 'tiny-gpt',
    config: { text },
    seed,
    // the task's AdamW, its cosine ending where this run ends
    optimizer: {
      type: 'adamw',
      lr: 3e-3,
      weightDecay: 0.01,
      schedule: { type: 'warmup-cosine', warmup: 50, total: MAX_STEPS, minFactor: 0.1 },
    },
    maxSteps: MAX_STEPS,
    reportEveryMs: 250,
  };
}

export interface Sample {
  step: number;
  text: string;
}

export interface TinyGptModel {
  /** Where a run could not start (the reader's text too short), what to do, in words; null otherwise. */
  problem: string | null;
  run: FigureRun<GptRun> | null;
  /** The text trained on: its length, alphabet and split. */
  characters: number;
  vocab: string[];
  source: StateOf<TinyGptSchema>['source'];
  /** Kneser–Ney character n-grams, orders 1…5, on the same split and held-out characters; null while it cannot be computed. */
  baseline: CharBaseline | null;
  temperature: number;
  topK: number;
  /** Text written by each kept snapshot (the untrained model first), with the reader's temperature and top-k. */
  samples(): Sample[];
}

const baselines = new Map<string, CharBaseline>();

/** The n-gram baseline for a text, computed once per text. */
export function baselineFor(text: string): CharBaseline {
  let b = baselines.get(text);
  if (b === undefined) {
    b = charBaseline(gptConfig(text));
    baselines.clear();
    baselines.set(text, b);
  }
  return b;
}

/** The reader's text cleaned of surrounding space; why it cannot be trained on, or null when it can. */
export function ownTextProblem(text: string): string | null {
  if (text.trim() === '')
    return 'Paste or type a text in the box to train on it (a few paragraphs at least).';
  try {
    splitText(gptConfig(text));
    return null;
  } catch (e) {
    return `${(e as Error).message.replace(/^tiny-gpt: /, '')}. Paste more text to train on it.`;
  }
}

/** Text written by a snapshot's weights: the same snapshot, seed, temperature and top-k give the same text. */
export function sampleFrom(
  text: string,
  vocab: string[],
  snap: Snapshot,
  o: { seed: number; temperature: number; topK: number },
): string {
  const model = tinyGptModel(gptConfig(text), vocab.length, paramsFromSnapshot(snap.params));
  return sampleGpt(model, vocab, { length: SAMPLE_LENGTH, prime: PRIME, ...o });
}

/**
 * Asks the figure for the run of this text and seed (temperature and top-k keep it). `brown` is the Brown
 * text the page carries, read when the site was built.
 */
export function tinyGptFigureModel(
  s: StateOf<TinyGptSchema>,
  runs: Runs,
  port: () => PortLike & { terminate?(): void },
  brown: string,
): TinyGptModel {
  const text = s.source === 'own' ? s.own : brown;
  const problem =
    s.source === 'own'
      ? ownTextProblem(text)
      : brown === ''
        ? 'The Brown text is missing from this page.'
        : null;
  const common = { source: s.source, temperature: s.temperature, characters: [...text].length };
  if (problem !== null)
    return { ...common, problem, run: null, vocab: [], baseline: null, topK: s.topK, samples: () => [] };
  const { vocab } = splitText(gptConfig(text));
  const settings = gptSettings(text, s.seed);
  const run = runs.get(`seed=${s.seed}|text=${text}`, () => [new GptRun(port(), settings)]);
  const topK = Math.min(s.topK, vocab.length);
  const memo = new Map<Snapshot, string>();
  return {
    ...common,
    problem: null,
    run,
    vocab,
    baseline: baselineFor(text),
    topK,
    samples() {
      return run.parts[0].snapshots.map((snap) => {
        let t = memo.get(snap);
        if (t === undefined) {
          t = sampleFrom(text, vocab, snap, { seed: s.seed, temperature: s.temperature, topK });
          memo.set(snap, t);
        }
        return { step: snap.step, text: PRIME + t };
      });
    },
  };
}
