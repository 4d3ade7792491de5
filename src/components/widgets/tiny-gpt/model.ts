// The tiny GPT figure's model: a live run of the engine's 'tiny-gpt' task in a worker on Brown text (or
// the reader's), its training and held-out losses against the character n-gram baseline computed from the
// same split, and text sampled from snapshots of its weights with the reader's temperature and top-k. The
// worker samples and reads the heads (GptRun asks it); nothing here runs the model on the page's thread.
import type { PortLike, RunSettings } from '../../../engine/index.ts';
import { splitText, type TinyGptConfig, tinyGptTask } from '../../../tasks/tinyGpt.ts';
import type { StateOf } from '../../figure/stateSchema.ts';
import type { FigureRun } from '../../training/figureRun.ts';
import type { Runs } from '../../training/figureRuns.ts';
import type { CharBaseline } from '../../../tasks/charNgram.ts';
import { GptRun } from './gptRun.ts';
import { type HeadSummary, headSummary, type ProbeReading, readProbe } from './heads.ts';
import type { TinyGptSchema } from './state.ts';

/**
 * Steps of a run, its cosine ending there. Measured in Node on the Brown text, seed 1 (bench/tinyGptRace.ts):
 * at lr 3e-3 and 1500 steps the held-out loss passed the trigram only at step 1400, in the last of the
 * decay; lr 1e-2 learns faster per step, and 1200 steps decay in time to pass it at step 1150 (1100 steps
 * did not: 2.12 at the end against the trigram's 2.10).
 */
export const MAX_STEPS = 1200;
export const SAMPLE_LENGTH = 80;
/** What a sample starts from. */
export const PRIME = 'the ';

/** The task's configuration for a text: the book's tiny GPT (2 layers, d = 48, 4 heads, context 32). */
export function gptConfig(text: string): TinyGptConfig {
  return { ...tinyGptTask.defaults, text };
}

/** Orders of the character n-gram baseline: unigram to 5-gram. */
export const BASELINE_ORDERS = 5;

/**
 * The run's settings. `baseline`: the worker also computes the character n-gram baseline (for a pasted
 * text; the Brown text's was computed when the site was built).
 */
export function gptSettings(
  text: string,
  seed: number,
  baseline = false,
): RunSettings & { maxSteps: number } {
  return {
    task: 'tiny-gpt',
    config: baseline ? { text, baselineOrders: BASELINE_ORDERS } : { text },
    seed,
    // the task's AdamW, its cosine ending where this run ends
    optimizer: {
      type: 'adamw',
      lr: 1e-2,
      weightDecay: 0.01,
      schedule: { type: 'warmup-cosine', warmup: 50, total: MAX_STEPS, minFactor: 0.1 },
    },
    maxSteps: MAX_STEPS,
    reportEveryMs: 250,
  };
}

export interface Sample {
  step: number;
  /** The prime and what the model wrote after it; null while the worker writes it. */
  text: string | null;
  /** Why the worker could not write it, or null. */
  error: string | null;
}

export interface TinyGptModel {
  /** Where a run could not start (the reader's text too short), what to do, in words; null otherwise. */
  problem: string | null;
  run: FigureRun<GptRun> | null;
  /** The text trained on: its length, alphabet and split. */
  characters: number;
  vocab: string[];
  source: StateOf<TinyGptSchema>['source'];
  /**
   * Kneser–Ney character n-grams, orders 1…5, on the same split and held-out characters: for Brown text
   * computed when the site was built, for the reader's by the training worker (null until it reports).
   */
  baseline(): CharBaseline | null;
  temperature: number;
  topK: number;
  /** Text written by each kept snapshot (the untrained model first), with the reader's temperature and top-k. */
  samples(): Sample[];
  /** The chosen head's attention on the reader's text, from the latest snapshot; null before the first. */
  heads(): HeadsReading | null;
}

export interface HeadsReading {
  /** Step of the weights read; 0 is the untrained model. */
  step: number;
  probe: ProbeReading;
  layer: number;
  head: number;
  /** The chosen head's T×T map. */
  weights: number[][];
  summary: HeadSummary | null;
  /** Every head's summary, by layer then head (for the text alternative). */
  all: (HeadSummary | null)[][];
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

/**
 * Asks the figure for the run of this text and seed (temperature, top-k and the heads panel keep it).
 * `brown` is the Brown text the page carries and `brownBaseline` its n-gram baseline, both from the build.
 */
export function tinyGptFigureModel(
  s: StateOf<TinyGptSchema>,
  runs: Runs,
  port: () => PortLike & { terminate?(): void },
  brown: string,
  brownBaseline: CharBaseline | null,
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
    return {
      ...common,
      problem,
      run: null,
      vocab: [],
      baseline: () => null,
      topK: s.topK,
      samples: () => [],
      heads: () => null,
    };
  const own = s.source === 'own';
  const config = gptConfig(text);
  const { vocab } = splitText(config);
  const settings = gptSettings(text, s.seed, own);
  const run = runs.get(`seed=${s.seed}|text=${text}`, () => [new GptRun(port(), settings)]);
  const topK = Math.min(s.topK, vocab.length);
  const probe = readProbe(s.probe, vocab, config.context);
  const part = run.parts[0];
  return {
    ...common,
    problem: null,
    run,
    vocab,
    baseline: () => (own ? part.baseline : brownBaseline),
    topK,
    heads() {
      const read = part.heads(probe.ids);
      if (read === null) return null;
      // until the worker answers for the text typed now, the last text it read
      const shown =
        read.ids.join(',') === probe.ids.join(',')
          ? probe
          : readProbe(read.ids.map((id) => vocab[id]).join(''), vocab, config.context);
      const layer = Math.min(s.layer, config.layers) - 1;
      const head = Math.min(s.head, config.heads) - 1;
      const maps = read.maps;
      return {
        step: read.step,
        probe: { ...shown, unknown: probe.unknown, cut: probe.cut },
        layer: layer + 1,
        head: head + 1,
        weights: maps[layer]?.[head] ?? [],
        summary: maps.length > 0 ? headSummary(maps[layer][head]) : null,
        all: maps.map((l) => l.map(headSummary)),
      };
    },
    samples() {
      const options = { length: SAMPLE_LENGTH, prime: PRIME, seed: s.seed, temperature: s.temperature, topK };
      return part.snapshots.map((snap) => {
        const a = part.sample(snap.step, options);
        return {
          step: snap.step,
          text: a !== null && 'text' in a ? PRIME + a.text : null,
          error: a !== null && 'error' in a ? a.error : null,
        };
      });
    },
  };
}
