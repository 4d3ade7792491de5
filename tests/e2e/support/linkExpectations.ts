// What each prose link's sentence says its figure shows, as a check on the figure's readout once the link has
// been clicked in reading order. Numbers are computed here from the same models and the engine (or from the
// engine's recorded runs) wherever one can be, never typed in; a bound a sentence states ("less than 10⁻⁸") is
// the sentence's own number. Keyed by chapter and link text, so a new link without a row fails the spec.
import { expect, type Locator, type Page } from '@playwright/test';
import recorded from '../../../src/components/recorded/recorded.json' with { type: 'json' };
import { gateHighwayModel } from '../../../src/components/widgets/gate-highway/model.ts';
import { gradientFlowModel } from '../../../src/components/widgets/gradient-flow/model.ts';
import { sci } from '../../../src/components/ui/sci.ts';
import { TRANSFORMER_LINKS } from './linkExpectationsTransformer.ts';

export interface Probe {
  page: Page;
  figure: Locator;
  /** The figure's state after the click, as its element reports it. */
  state: Record<string, unknown>;
  /** The live frame's text, whitespace collapsed: what the reader sees. */
  text(): Promise<string>;
}

export interface LinkExpectation {
  chapter: string;
  /** The link's text, whitespace collapsed (KaTeX in a link reads as its rendered and its TeX form). */
  link: string;
  /** The sentence's claim about the figure, in words. */
  says: string;
  /** Milliseconds the check may take: a figure that must train first needs its run to finish. */
  timeout?: number;
  check(p: Probe): Promise<void>;
}

/** Reads "2.9 × 10⁻⁹", "1.3 × 10⁴", "0.84" or "1" back into a number. */
export function readSci(s: string): number {
  const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const m = /^(-?[\d.]+)(?: × 10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(s.trim());
  if (!m) throw new Error(`not a number as the book writes one: "${s}"`);
  const e = m[2] ? Number([...m[2]].map((c) => (c === '⁻' ? '-' : String(SUP.indexOf(c)))).join('')) : 0;
  return Number(m[1]) * 10 ** e;
}

/** The first capture of `re` in the figure's text, read as a number. */
async function numberIn(p: Probe, re: RegExp): Promise<number> {
  const t = await p.text();
  const m = re.exec(t);
  if (!m) throw new Error(`${re} not found in the figure's text: ${t.slice(0, 400)}`);
  return readSci(m[1]);
}

/** The figure's live frame text, the same for every check. */
export const liveText = (figure: Locator) => async () =>
  // biome-ignore lint/performance/useDomNodeTextContent: the words as laid out on screen, one space between parts, are what the sentence quotes.
  (await figure.locator('.figure-live').innerText()).replace(/\s+/g, ' ');

/** A run of a training figure: its loss history and whether it has finished (or stopped). */
function runOf(page: Page, fid: string, part = 0) {
  return page.evaluate(
    ([f, i]) => {
      const el = document.querySelector(`book-figure[fid="${f}"]`) as unknown as {
        model: {
          run: {
            parts: {
              points?: { step: number; loss: number; gradNorm: number }[];
              status?: { status: string } | null;
            }[];
          };
        };
      };
      const r = el.model.run.parts[i as number];
      return { points: r.points ?? [], status: r.status?.status ?? null };
    },
    [fid, part] as const,
  );
}

async function finished(page: Page, fid: string, timeout: number) {
  await expect
    .poll(async () => (await runOf(page, fid)).status, { timeout, message: `${fid} finishes its run` })
    .toMatch(/done|diverged|stopped/);
  return runOf(page, fid);
}

/** gradient-flow: its readout is the model's, computed here from the same state with the engine. */
async function gradientShare(p: Probe) {
  const m = gradientFlowModel(p.state as never);
  const text = await p.text();
  expect(m.first, 'the engine measures a share at step 1').not.toBeNull();
  expect(text).toContain(
    `Share of the last step's gradient that reaches h₁: ${sci(m.first as number)} (${m.regime}).`,
  );
  return m;
}

/** gate-race: the status line of one cell once the race is over. */
async function raceLine(p: Probe, cell: string, timeout: number): Promise<string> {
  await expect(p.figure.locator('.gr-verdict')).toContainText('Verdict at lag', { timeout });
  const t = await p.text();
  const line = new RegExp(`${cell}: finished \\d+ steps, loss [^:]+: ([a-z]+(?: [a-z]+)?)`).exec(t);
  return line?.[1] ?? `no finished line for ${cell}`;
}

const recordedFinal = (loss: number[], n = 20) =>
  loss.slice(-n).reduce((a, b) => a + b, 0) / Math.min(n, loss.length);

export const LINK_EXPECTATIONS: LinkExpectation[] = [
  // Chapter 0
  {
    chapter: 'sequence-modeling',
    link: '“the united states of”',
    says: 'one continuation takes almost all the mass',
    async check(p) {
      expect(
        await numberIn(p, /context "the united states of" · seen [\d,]+ times[^%]*? america ([\d.]+)%/),
      ).toBeGreaterThan(90);
    },
  },
  {
    chapter: 'sequence-modeling',
    link: '“my grandmother baked a”',
    says: 'the row counts fall as k grows; the four-word run was never seen, and counting has nothing to say',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(/context "a" · seen [\d,]+ times/);
      expect(t).toContain('"my grandmother baked a" never occurs in the corpus');
      expect(t).toMatch(/"my grandmother baked a" never occurs[^.]*: counting has nothing to say/);
    },
  },
  // Chapter 1
  {
    chapter: 'bag-of-words',
    link: 'lowercasing off',
    says: 'the vocabulary grows to five entries, the sentences share only "bites", cosine 1/3 ≈ 0.333',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('shared vocabulary: 5 words');
      expect(t).toContain('a·b = 1,');
      expect(t).toContain('Cosine similarity ≈ 0.333');
    },
  },
  {
    chapter: 'bag-of-words',
    link: 'a pair of film reviews',
    says: 'cosine 1 again',
    async check(p) {
      expect(await p.text()).toContain('Cosine similarity = 1 ');
    },
  },
  {
    chapter: 'bag-of-words',
    link: 'a football sentence with a finance one',
    says: 'they share only "the", and the cosine is 1/6 ≈ 0.167',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('a·b = 1,');
      expect(t).toContain('Cosine similarity ≈ 0.167');
    },
  },
  {
    chapter: 'bag-of-words',
    link: '“dog bites man” against “dog bites man dog bites man”',
    says: 'a document and the same document pasted twice have cosine 1',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('b = (2, 2, 2)');
      expect(t).toContain('Cosine similarity = 1 ');
    },
  },
  // Chapter 2
  {
    chapter: 'ngrams',
    link: '“he was going to”',
    says: 'the unigram row offers "the" and the comma; the bigram row, seeing only "to", mixes "the" with "be"; the 5-gram is confident: "be" leads, from a handful of cases',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(/unigram \w+ no context: [^:]*tokens the [\d.]+% = [\d,/ ]+ , [\d.]+%/);
      expect(t).toMatch(
        /bigram \w+ context "to": seen [\d,]+ times, followed by [\d,]+ different words the [^"]* be /,
      );
      expect(t).toMatch(
        /5-gram answers context "he was going to": seen \d+ times, followed by \d+ different words be /,
      );
      expect(await numberIn(p, /5-gram answers context "he was going to": seen (\d+) times/)).toBeLessThan(
        50,
      );
    },
  },
  {
    chapter: 'ngrams',
    link: '“my grandmother baked a”',
    says: 'the longer contexts are missing and the model backs off to a shorter one, marked',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('The bigram answers: the 5-gram, 4-gram and trigram had nothing to say');
    },
  },
  {
    chapter: 'ngrams',
    link: '“i would like to”',
    says: 'at n = 5 the context was seen, but its continuations were all too rare to keep',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(
        /5-gram backed off context "i would like to": seen \d+ times, followed by \d+ different words Every continuation was seen fewer than 2 times/,
      );
    },
  },
  {
    chapter: 'ngrams',
    link: 'unigrams',
    says: 'unigrams: every word comes from the unigram table',
    async check(p) {
      const m = /(\d+) tokens: (\d+) from unigrams\./.exec(await p.text());
      expect(m?.[1]).toBe(m?.[2]);
    },
  },
  {
    chapter: 'ngrams',
    link: 'Bigrams',
    says: 'bigrams make the text',
    async check(p) {
      const m = /(\d+) tokens: (\d+) from bigrams\./.exec(await p.text());
      expect(m?.[1]).toBe(m?.[2]);
    },
  },
  {
    chapter: 'ngrams',
    link: 'trigrams',
    says: 'trigrams write most of it',
    async check(p) {
      expect(await p.text()).toMatch(/\d+ tokens: \d+ from trigrams/);
    },
  },
  {
    chapter: 'ngrams',
    link: '5',
    says: 'at 5, most words still come from shorter n-grams',
    async check(p) {
      const t = await p.text();
      const total = await numberIn(p, /(\d+) tokens: /);
      const five = Number(/(\d+) from 5-grams/.exec(t)?.[1] ?? 0);
      expect(five).toBeLessThan(total / 2);
    },
  },
  {
    chapter: 'ngrams',
    link: '0',
    says: 'at temperature 0, always taking the likeliest word walks into a loop',
    async check(p) {
      const sentences = await p.figure.locator('.figure-live .gen-sentence').allTextContents();
      const seen = new Set(sentences.map((s) => s.replace(/\s+/g, ' ')));
      expect(sentences.length).toBeGreaterThan(2);
      expect(seen.size).toBeLessThan(sentences.length);
    },
  },
  {
    chapter: 'ngrams',
    link: 'grid',
    says: 'even the best k on the grid still gets worse beyond bigrams',
    async check(p) {
      const t = await p.text();
      const addk = [...t.matchAll(/add-k, k = [\d.]+ ([\d,]+)/g)].map((m) =>
        Number(m[1].replaceAll(',', '')),
      );
      expect(addk.length).toBeGreaterThan(3);
      for (let n = 2; n < addk.length; n++) expect(addk[n], `add-k at n = ${n + 1}`).toBeGreaterThan(addk[1]);
    },
  },
  {
    chapter: 'ngrams',
    link: '“the cat”',
    says: 'the trigram row for "the cat": its own counts, from a handful of occurrences',
    async check(p) {
      expect(await numberIn(p, /trigram answers context "the cat": seen (\d+) times/)).toBeLessThan(20);
    },
  },
  {
    chapter: 'ngrams',
    link: '“a cat”',
    says: 'a separate trigram row for "a cat", from a handful of occurrences',
    async check(p) {
      expect(await numberIn(p, /trigram answers context "a cat": seen (\d+) times/)).toBeLessThan(20);
    },
  },
  // Chapter 3
  {
    chapter: 'rnns',
    link: 'before the first word',
    says: 'there is only h₀ = 0',
    async check(p) {
      expect(await p.text()).toContain('No word read yet: h₀ = 0.');
    },
  },
  {
    chapter: 'rnns',
    link: 'the whole sentence',
    says: 'the whole sentence is read, step by step to the last word',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('Words read 6 of 6');
      expect(t).toContain('Step 6, “mat”');
    },
  },
  {
    chapter: 'rnns',
    link: 'Go all the way back',
    says: 'step 1 contributes zeros, and the six contributions sum to the shared gradient entry for entry',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(/step 1 ‖·‖ = 0 /);
      expect(t).toContain('All 6 contributions summed: they equal the gradient of the shared W_hh');
      expect(await numberIn(p, /largest difference between entries: ([^)]+)\)/)).toBeLessThan(1e-12);
    },
  },
  {
    chapter: 'rnns',
    link: 'learning rate to its maximum',
    timeout: 180_000,
    says: 'the loss falls faster than at the default rate, then climbs back up',
    async check(p) {
      const { points } = await finished(p.page, 'char-rnn', 150_000);
      const loss = points.map((q) => q.loss);
      // progress arrives every 100 ms, so the first report at or after step 100 stands for it
      const early = points.find((q) => q.step >= 100);
      expect(early, 'a report near step 100').toBeDefined();
      const { step, loss: at } = early as { step: number; loss: number };
      expect(at, `step ${step}, against the recorded default run`).toBeLessThan(
        recorded.charRnn.loss[step - 1],
      );
      expect(loss[loss.length - 1]).toBeGreaterThan(3 * Math.min(...loss));
    },
  },
  {
    chapter: 'rnns',
    link: '4 hidden units',
    timeout: 180_000,
    says: 'it learns more slowly than the default 32 units',
    async check(p) {
      const { points } = await finished(p.page, 'char-rnn', 150_000);
      const loss = points.map((q) => q.loss);
      expect(recordedFinal(loss)).toBeGreaterThan(recordedFinal(recorded.charRnn.loss));
    },
  },
  // Chapter 4
  {
    chapter: 'vanishing-gradients',
    link: 'the identity at radius 1',
    says: 'every factor preserves length: the gradient arrives intact',
    async check(p) {
      const m = await gradientShare(p);
      expect(m.regime).toBe('stable');
      expect(m.first).toBeCloseTo(1, 6);
    },
  },
  {
    chapter: 'vanishing-gradients',
    link: 'the identity at radius 1.1',
    says: '1.1⁹⁹, about ten thousand: the gradient explodes',
    async check(p) {
      const m = await gradientShare(p);
      expect(m.regime).toBe('exploding');
      expect(m.first).toBeCloseTo(1.1 ** 99, -3);
    },
  },
  {
    chapter: 'vanishing-gradients',
    link: 'the sigmoid at radius 3',
    says: 'the sigmoid slope is at most ¼: even a large weight cannot keep the gradient alive',
    async check(p) {
      const m = await gradientShare(p);
      expect(m.gamma).toBe(0.25);
      expect(m.regime).toBe('vanishing');
    },
  },
  {
    chapter: 'vanishing-gradients',
    link: 'a Gaussian WhhW_{hh}Whh​',
    says: 'σ_max is well above ρ, the bound climbs above 1, yet the measured gradient vanishes',
    async check(p) {
      const m = await gradientShare(p);
      expect(m.sigmaMax).toBeGreaterThan(1.5 * m.rho);
      expect(m.gamma * m.sigmaMax).toBeGreaterThan(1);
      expect(m.regime).toBe('vanishing');
    },
  },
  {
    chapter: 'vanishing-gradients',
    link: 'radius 1.2',
    says: 'with tanh at radius 1.2 less than 10⁻⁸ reaches step 1',
    async check(p) {
      const m = await gradientShare(p);
      expect(m.first).toBeLessThan(1e-8);
    },
  },
  {
    chapter: 'vanishing-gradients',
    link: 'radius 2',
    says: 'only around radius 2 does growth win',
    async check(p) {
      const m = await gradientShare(p);
      expect(m.regime).toBe('exploding');
    },
  },
  {
    chapter: 'vanishing-gradients',
    link: 'clipping on',
    timeout: 120_000,
    says: 'the gradient norm still starts in the thousands, but the network learns',
    async check(p) {
      const { points, status } = await finished(p.page, 'exploding', 90_000);
      expect(status).toBe('done');
      expect(points[0].gradNorm).toBeGreaterThan(1000);
      expect(recordedFinal(points.map((q) => q.loss))).toBeLessThan(points[0].loss / 100);
    },
  },
  // Chapter 5
  {
    chapter: 'gates',
    link: 'pin the forget gate to 1 and the input gate to 0 from step 5',
    says: 'C_t = C_{t−1}: the cell carries its value unchanged while the pins hold',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(
        /f = 1 and i = 0 from step 5: every unit's C stays where it was at step 4 \(largest change 0\.0000\)/,
      );
      expect(t).toMatch(/C₈\[1\] = f·C₇ \+ i·C̃ = 1\.000 × /);
    },
  },
  {
    chapter: 'gates',
    link: 'the bias to 0 and the length to 100',
    says: 'f ≈ 0.5, and the LSTM loses its gradient nearly as fast as the RNN',
    async check(p) {
      const m = gateHighwayModel(p.state as never);
      const t = await p.text();
      expect(t).toContain(`LSTM cell state ${sci(m.first.lstmC as number)}`);
      expect(t).toContain(`RNN ${sci(m.first.rnn as number)}`);
      expect(m.meanForget).toBeCloseTo(0.5, 1);
      // per-step rate of loss along 99 steps, the cell's against the RNN's
      const rate = (share: number) => share ** (1 / (m.T - 1));
      expect(m.first.lstmC as number).toBeLessThan(1e-10);
      expect(Math.abs(rate(m.first.lstmC as number) - rate(m.first.rnn as number))).toBeLessThan(0.05);
    },
  },
  {
    chapter: 'gates',
    link: 'lag 5',
    timeout: 120_000,
    says: 'at lag 5 all three learn',
    async check(p) {
      await expect(p.figure.locator('.gr-verdict')).toContainText(
        'Verdict at lag 5: all three cells learn.',
        {
          timeout: 90_000,
        },
      );
    },
  },
  {
    chapter: 'gates',
    link: 'seed 2',
    timeout: 150_000,
    says: 'the RNN learns across 50 steps; the LSTM ends partway down, neither learned nor at chance',
    async check(p) {
      expect(await raceLine(p, 'RNN', 120_000)).toBe('learned');
      expect(await raceLine(p, 'LSTM', 1)).toBe('part way');
    },
  },
  {
    chapter: 'gates',
    link: 'lag 100',
    timeout: 180_000,
    says: 'the LSTM needs more steps than the race allows, while the GRU still learns',
    async check(p) {
      expect(await raceLine(p, 'GRU', 150_000)).toBe('learned');
      expect(await raceLine(p, 'LSTM', 1)).not.toBe('learned');
    },
  },
  {
    chapter: 'gates',
    link: '256 inputs and 256 units',
    says: 'the LSTM has over half a million parameters, the GRU exactly three quarters of them',
    async check(p) {
      const [D, H] = [256, 256];
      const lstm = 4 * H * (H + D + 1);
      const gru = 3 * H * (H + D + 1);
      expect(lstm).toBeGreaterThan(500_000);
      const t = await p.text();
      expect(t).toContain(
        `LSTM ${lstm.toLocaleString('en-US')} parameters, GRU ${gru.toLocaleString('en-US')} (75% of the LSTM's)`,
      );
    },
  },
  // Chapter 6: the trained claims need minutes of training (the recorded run in the static frame and
  // chapter-06.spec check them); here the figure must be on the task and context size the sentence names.
  {
    chapter: 'seq2seq',
    link: '8 numbers',
    says: 'with 8 numbers (dates), every input, short or long, is read into 8 numbers',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(/"5\/3\/79": 6 characters read → 8 numbers/);
      expect(t).toMatch(/30 characters read → 8 numbers/);
    },
  },
  {
    chapter: 'seq2seq',
    link: 'digit reversal',
    says: 'the same plain encoder–decoder writes up to twelve digits (0 to 7) backwards, scored by length',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('Digits 0–7');
      expect(t).toContain('read 8 digits: 01234567');
      expect(t).toContain('sequence length (digits), held-out sequences');
    },
  },
  {
    chapter: 'seq2seq',
    link: '8 numbers',
    says: 'digit reversal with 8 numbers',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('Digits 0–7');
      expect(t).toMatch(/"01234567": 8 digits read → 8 numbers/);
    },
  },
  {
    chapter: 'seq2seq',
    link: '64',
    says: 'with 64 the strip is longer for every input alike',
    async check(p) {
      const t = await p.text();
      expect(t).toMatch(/"47": 2 digits read → 64 numbers/);
      expect(t).toMatch(/"01234567": 8 digits read → 64 numbers/);
    },
  },
  // Chapter 7
  {
    chapter: 'attention',
    link: '“the day after tomorrow”',
    says: 'the model still writes digits and dashes, and the line under the box says when it is not a whole date',
    async check(p) {
      const reading = /(?:Untrained model|Weights of step \d+): (\S+)( \(not a whole date)?/.exec(
        await p.text(),
      );
      expect(reading, 'the reading line').not.toBeNull();
      const out = reading?.[1] ?? '';
      expect(out).toMatch(/^[0-9-]+$/);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(out)) expect(reading?.[2]).toContain('not a whole date');
    },
  },
  {
    chapter: 'attention',
    link: 'dot-product attention',
    says: 'the lab now trains dot-product attention (the race below compares it with the additive kind)',
    async check(p) {
      await expect(p.figure.locator('.figure-live select[name="kind"]')).toHaveValue('dot');
    },
  },
  {
    chapter: 'attention',
    link: 'switch to digit reversal',
    says: 'the three models are scored on held-out digit sequences of each length',
    async check(p) {
      expect(await p.text()).toContain('sequence length (digits), held-out sequences');
    },
  },
  {
    chapter: 'attention',
    link: 'd = 64 without √d',
    says: 'without √d at d = 64 the rows collapse onto one word',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('(1/τ, no √d)');
      expect(await numberIn(p, /Mean largest weight per row: ([\d.]+)\./)).toBeGreaterThan(0.8);
    },
  },
  {
    chapter: 'attention',
    link: 'with it',
    says: 'dividing by √d keeps the scores spread: the rows no longer collapse',
    async check(p) {
      const t = await p.text();
      expect(t).toContain('(1/(√64·τ))');
      expect(await numberIn(p, /Mean largest weight per row: ([\d.]+)\./)).toBeLessThan(0.5);
    },
  },
  // Chapter 8
  ...TRANSFORMER_LINKS,
];
