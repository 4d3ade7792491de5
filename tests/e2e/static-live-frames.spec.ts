// The static first frame of a figure (built HTML, JavaScript off) must draw what its live view draws first,
// mark for mark: same elements, classes, bar lengths, colours and words. Both are drawn from one pure
// description of the figure, so this fails as soon as someone edits one drawing and not the other.
import { expect, test } from '@playwright/test';
import recorded from '../../src/components/recorded/recorded.json' with { type: 'json' };
import { builtFigures } from './support/builtFigures.ts';
import { frameSnapshot } from './support/frameSnapshot.ts';
import { BAD, readyFigure } from './support/figures.ts';

interface Case {
  chapter: string;
  fid: string;
  /** The parts both frames draw; a figure's controls and notes about its settings exist only live or only static. */
  marks: string[];
}

const CASES: Case[] = [
  { chapter: '/chapters/sequence-modeling/', fid: 'next-word', marks: ['.nw-row'] },
  {
    chapter: '/chapters/bag-of-words/',
    fid: 'bag-of-words',
    marks: ['.bow-trace', '.bow-table', '.bow-result'],
  },
  {
    chapter: '/chapters/bag-of-words/',
    fid: 'bow-bigrams',
    marks: ['.bow-sizes', '.bow-pairs-list', '.bow-table', '.bow-result'],
  },
  { chapter: '/chapters/ngrams/', fid: 'ngram-explorer', marks: ['.nx-summary', '.nx-rows'] },
  {
    chapter: '/chapters/ngrams/',
    fid: 'ngram-generator',
    marks: ['.gen-legend', '.gen-text', '.gen-summary'],
  },
  {
    chapter: '/chapters/ngrams/',
    fid: 'ngram-sparsity',
    marks: ['.sp-title', '.sp-bars', '.sp-axis-row', '.sp-groups'],
  },
  { chapter: '/chapters/ngrams/', fid: 'ngram-perplexity', marks: ['.pp-axis-row', '.pp-groups'] },
  { chapter: '/chapters/rnns/', fid: 'unroller', marks: ['.ur-graph', '.ur-eq-head', '.ur-table'] },
  { chapter: '/chapters/rnns/', fid: 'bptt', marks: ['.bp-summary', '.ur-graph', '.bp-mats', '.bp-result'] },
  { chapter: '/chapters/vanishing-gradients/', fid: 'long-sentence', marks: ['.ls-headline', '.ls-words'] },
  {
    chapter: '/chapters/vanishing-gradients/',
    fid: 'gradient-flow',
    marks: ['.gf-readout', '.gf-legend', 'svg'],
  },
  { chapter: '/chapters/seq2seq/', fid: 'bottleneck', marks: ['.bn-strips'] },
  { chapter: '/chapters/engine/', fid: 'example-gradients', marks: ['.example-output'] },
];

// One load without and one with JavaScript per chapter serve all its figures (a load per figure made this spec
// one of the slowest): each frame is compared in its own step, so a failure still names its figure.
for (const chapter of [...new Set(CASES.map((c) => c.chapter))]) {
  const cases = CASES.filter((c) => c.chapter === chapter);
  test(`${chapter}: the static first frame of ${cases.map((c) => c.fid).join(', ')} draws what the live view first draws`, async ({
    browser,
    page,
  }) => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(chapter);
    const staticFrames = new Map<string, string[]>();
    for (const c of cases)
      staticFrames.set(c.fid, await frameSnapshot(still, c.fid, '.figure-static', c.marks));
    await off.close();

    await page.goto(chapter);
    for (const c of cases)
      await test.step(c.fid, async () => {
        await readyFigure(page, c.fid);
        const liveFrame = await frameSnapshot(page, c.fid, '.figure-live', c.marks);
        const staticFrame = staticFrames.get(c.fid) ?? [];
        // Every part is there and says something, so two empty frames cannot pass as equal.
        expect(staticFrame.filter((line) => line.startsWith('nothing matches'))).toEqual([]);
        expect(staticFrame.some((line) => line.endsWith('"'))).toBe(true);
        expect(staticFrame.join('\n')).toBe(liveFrame.join('\n'));
      });
  });
}

// A figure that trains shows, without JavaScript, what a recorded run of the engine did at its defaults: the
// numbers below are read from that recording (src/components/recorded), which recorded.test.ts re-runs.
const pct = (v: number) => `${Math.round(v * 100)}%`;
const RECORDED = [
  {
    chapter: '/chapters/rnns/',
    fid: 'char-rnn',
    shows: [
      `seed ${recorded.charRnn.seed}, learning rate ${recorded.charRnn.lr}`,
      `in ${recorded.charRnn.loss.length} steps`,
      recorded.charRnn.samples[recorded.charRnn.samples.length - 1].text.trim(),
    ],
    marks: 'svg.recorded-chart path.lc-line',
  },
  {
    chapter: '/chapters/seq2seq/',
    fid: 'bottleneck',
    shows: [
      `"${recorded.bottleneck.prediction}" for "${recorded.bottleneck.text}"`,
      pct(recorded.bottleneck.bands[0].exact),
    ],
    marks: 'table.recorded-bands td',
  },
  {
    chapter: '/chapters/attention/',
    fid: 'length-curves',
    shows: [`${recorded.lengthCurves.steps} steps each`, pct(recorded.lengthCurves.models[2].bands[0].exact)],
    marks: 'table.recorded-bands td',
  },
];

for (const c of RECORDED) {
  test(`${c.fid}: without JavaScript the frame shows a recorded run, labelled, and says what JavaScript adds`, async ({
    browser,
  }) => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(c.chapter);
    const frame = page.locator(`book-figure[fid="${c.fid}"] .figure-static`);
    await expect(frame.locator('.recorded-note').first()).toContainText('Recorded run of the engine');
    await expect(frame).toContainText('With JavaScript');
    for (const words of c.shows) await expect(frame).toContainText(words);
    expect(await frame.locator(c.marks).count()).toBeGreaterThan(0);
    expect(await frame.textContent()).not.toMatch(BAD);
    await off.close();
  });
}

test('no static frame promises a run it does not show ("starts when the figure scrolls into view")', async ({
  browser,
}) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  const promises: string[] = [];
  for (const url of [...new Set(builtFigures().map((f) => f.url))]) {
    await page.goto(url);
    for (const frame of await page.locator('book-figure .figure-static').all()) {
      const text = (await frame.textContent()) ?? '';
      if (/scrolls? into view/.test(text) && (await frame.locator('.recorded-note').count()) === 0)
        promises.push(`${url}: ${text.replace(/\s+/g, ' ').slice(0, 120)}`);
    }
  }
  await off.close();
  expect(promises).toEqual([]);
});
