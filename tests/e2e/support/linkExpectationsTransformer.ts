// Chapter 8's rows of the prose-link table (support/linkExpectations.ts): what each link's sentence says its
// figure shows, checked on the readout right after the click. The positions and block figures are recomputed
// here from their own models; the claims that need a trained tiny GPT or induction run (which head does what,
// what a low temperature writes) are checked on their recorded runs (claimRuns.test.ts, recorded.test.ts).
import { expect } from '@playwright/test';
import { verdict } from '../../../src/components/widgets/positions-order/format.ts';
import { positionsOrderModel } from '../../../src/components/widgets/positions-order/model.ts';
import { countText } from '../../../src/components/widgets/transformer-block/format.ts';
import { transformerBlockModel } from '../../../src/components/widgets/transformer-block/model.ts';
import type { LinkExpectation, Probe } from './linkExpectations.ts';

/** positions-order: the verdict is the model's, and the largest change is rounding only (or not). */
async function shuffleVerdict(p: Probe, rounding: boolean) {
  const m = positionsOrderModel(p.state as never);
  expect(await p.text()).toContain(verdict(m));
  if (rounding) expect(m.maxChange).toBeLessThan(1e-12);
  else expect(m.maxChange).toBeGreaterThan(0.1);
}

/** The chosen head's sentence in the tiny GPT's "Open the heads" panel or the induction figure. */
async function headShown(p: Probe, selector: string, layer: number, head: number) {
  await expect(p.figure.locator(selector)).toContainText(`Layer ${layer}, head ${head}`);
}

/** The tiny GPT's samples as shown, one string per kept snapshot. */
const samples = (p: Probe) => p.figure.locator('.tg-samples .tg-text').allTextContents();

export const TRANSFORMER_LINKS: LinkExpectation[] = [
  {
    chapter: 'transformer',
    link: 'no positions',
    says: 'a shuffle only moves the rows: the largest change is rounding, around 10⁻¹⁶',
    check: (p) => shuffleVerdict(p, true),
  },
  {
    chapter: 'transformer',
    link: 'sinusoidal positions',
    says: 'the same shuffle changes the rows',
    check: (p) => shuffleVerdict(p, false),
  },
  {
    chapter: 'transformer',
    link: 'a learned table',
    says: 'with a learned table (as initialised) order matters too',
    check: (p) => shuffleVerdict(p, false),
  },
  {
    chapter: 'transformer',
    link: '12 layers of width 256',
    says: 'the count passes nine million',
    async check(p) {
      const m = transformerBlockModel(p.state as never);
      expect(m.total).toBeGreaterThan(9_000_000);
      expect(await p.text()).toContain(countText(m));
    },
  },
  {
    chapter: 'transformer',
    link: 'a low temperature',
    says: 'the samples are written at temperature 0.3 (that it repeats itself once trained: claimRuns.test.ts)',
    async check(p) {
      await expect(p.figure.locator('input[name="temperature"]')).toHaveValue('0.3');
      expect((await samples(p)).length).toBeGreaterThan(0);
    },
  },
  {
    chapter: 'transformer',
    link: 'a high one',
    says: 'the samples are written at temperature 1.5',
    async check(p) {
      await expect(p.figure.locator('input[name="temperature"]')).toHaveValue('1.5');
      expect((await samples(p)).length).toBeGreaterThan(0);
    },
  },
  {
    chapter: 'transformer',
    link: 'k = 1',
    says: 'sampling is greedy decoding: at k = 1 the temperature no longer changes what is written',
    async check(p) {
      const greedy = await samples(p);
      expect(greedy.length).toBeGreaterThan(0);
      await p.page.evaluate(() => {
        const el = document.querySelector('book-figure[fid="tiny-gpt"]') as unknown as {
          dispatch(patch: object): void;
        };
        el.dispatch({ temperature: 1.5 });
      });
      await expect(p.figure.locator('input[name="temperature"]')).toHaveValue('1.5');
      expect(await samples(p)).toEqual(greedy);
    },
  },
  {
    chapter: 'transformer',
    link: 'first layer’s heads',
    says: 'the heads panel shows layer 1, head 1 (that it looks at the previous character once trained: claimRuns.test.ts)',
    check: (p) => headShown(p, '.tg-does', 1, 1),
  },
  {
    chapter: 'transformer',
    link: 'second layer',
    says: 'the heads panel shows layer 2, head 1',
    check: (p) => headShown(p, '.tg-does', 2, 1),
  },
  {
    chapter: 'transformer',
    link: 'layer 1, head 1',
    says: 'the induction figure shows layer 1, head 1 (that it looks at the previous token once trained: recorded.test.ts)',
    check: (p) => headShown(p, '.ih-does', 1, 1),
  },
  {
    chapter: 'transformer',
    link: 'layer 2, head 2',
    says: 'the induction figure shows layer 2, head 2 (that it is an induction head once trained: recorded.test.ts)',
    check: (p) => headShown(p, '.ih-does', 2, 2),
  },
  {
    chapter: 'transformer',
    link: 'Digit reversal',
    says: 'the race shows digit reversal, its table by length, with the transformer at n = 5 as the live cell (its scores: claims.test.ts)',
    async check(p) {
      const live = p.figure.locator('.figure-live');
      await expect(live.locator('.rl-table caption')).toContainText('Digit reversal');
      await expect(live.locator('select[name="length"]')).toHaveValue('5');
      await expect(live.locator('select[name="racer"]')).toHaveValue('transformer');
      await expect(live.locator('.rl-live')).toContainText('reversing up to 5 digits');
    },
  },
];
