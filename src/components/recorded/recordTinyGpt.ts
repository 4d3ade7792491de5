// The tiny GPT of Chapter 8 trained on Brown text with the figure's own settings (seed 1, one worker), its
// held-out loss at every evaluation the live figure makes: the run the chapter's sentences about it are
// checked on (claimRuns.json), since training it takes minutes. The live run evaluates at the same steps.
import { Trainer } from '../../engine/index.ts';
import { bookTasks } from '../../tasks/bookTasks.ts';
import { type CharBaseline, charBaseline } from '../../tasks/charNgram.ts';
import { splitText } from '../../tasks/index.ts';
import { defaults } from '../figure/stateSchema.ts';
import { headSummary, readProbe } from '../widgets/tiny-gpt/heads.ts';
import { tinyGptSchema } from '../widgets/tiny-gpt/state.ts';
import { brownChars } from '../widgets/tiny-gpt/brownChars.ts';
import { EVAL_EVERY } from '../widgets/tiny-gpt/gptRun.ts';
import { BASELINE_ORDERS, gptConfig, gptSettings, PRIME, SAMPLE_LENGTH } from '../widgets/tiny-gpt/model.ts';

export interface TinyGptRecording {
  seed: number;
  steps: number;
  evalEvery: number;
  /** Training loss of each step (4 significant digits). */
  loss: number[];
  /** Held-out loss at step 0, EVAL_EVERY, 2·EVAL_EVERY, … (4 decimals). */
  heldOut: { step: number; loss: number }[];
  baseline: CharBaseline;
  /**
   * At the end of the run, every head on the figure's default probe text, as the "Open the heads" panel
   * summarises it: the mean weight on the character itself and 1–3 back, and on the first character.
   */
  heads: { layer: number; head: number; offsets: number[]; first: number; even: number }[];
  /** At the end of the run, what the figure writes at the prose's low and high temperatures (seed 1, top-k 10). */
  samples: { temperature: number; text: string }[];
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Trains `steps` steps (the figure's run by default), evaluating where the live figure does. */
export function recordTinyGpt(steps?: number, log: (line: string) => void = () => {}): TinyGptRecording {
  const text = brownChars();
  const seed = 1;
  const settings = gptSettings(text, seed);
  const total = steps ?? settings.maxSteps;
  const trainer = new Trainer(settings, bookTasks);
  const loss: number[] = [];
  const heldOut: { step: number; loss: number }[] = [];
  const evaluate = () => {
    const l = trainer.evaluate().heldOutLoss;
    heldOut.push({ step: trainer.stepCount, loss: round(l, 4) });
    log(`tinyGpt: step ${trainer.stepCount}, held-out loss ${l.toFixed(3)}`);
  };
  evaluate();
  for (let s = 1; s <= total; s++) {
    const r = trainer.step();
    if (r.status !== 'ok') throw new Error(`tinyGpt: the recorded run stopped at step ${s}: ${r.message}`);
    loss.push(Number(r.loss.toPrecision(4)));
    if (s % EVAL_EVERY === 0 || s === total) evaluate();
  }
  const baseline = charBaseline(gptConfig(text), BASELINE_ORDERS);
  const { vocab } = splitText(gptConfig(text));
  const probe = readProbe(defaults(tinyGptSchema).probe, vocab, gptConfig(text).context);
  const maps = trainer.inspect({ kind: 'heads', ids: probe.ids }) as number[][][][];
  const heads = maps.flatMap((layer, l) =>
    layer.map((w, h) => {
      const sum = headSummary(w);
      if (sum === null) throw new Error('tinyGpt: the default probe is too short to read its heads');
      return {
        layer: l + 1,
        head: h + 1,
        offsets: sum.offsets.map((v) => round(v, 4)),
        first: round(sum.first, 4),
        even: round(sum.even, 4),
      };
    }),
  );
  const { topK } = defaults(tinyGptSchema);
  const samples = [0.3, 1.5].map((temperature) => ({
    temperature,
    text: trainer.inspect({
      kind: 'sample',
      options: { length: SAMPLE_LENGTH, prime: PRIME, seed, temperature, topK },
    }) as string,
  }));
  return { seed, steps: total, evalEvery: EVAL_EVERY, loss, heldOut, baseline, heads, samples };
}
