// Chapter 7's figures driven as a reader would: the alignment heatmap of a typed date (mouse and keyboard), truncation, the speed target, attention beating the plain model on long held-out inputs of both tasks, and the self-attention preview's √d and temperature.
import { expect, type Page, test } from '@playwright/test';

const CHAPTER = '/chapters/attention/';
const BAD = /\b(NaN|Infinity|undefined)\b/;

async function openFigure(page: Page, fid: string, query = '') {
  await page.goto(`${CHAPTER}${query}`);
  const figure = page.locator(`book-figure[fid="${fid}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  return figure;
}

test('a date the model cannot parse still gets a prediction and a heatmap with labelled axes', async ({
  page,
}) => {
  const figure = await openFigure(page, 'attention-lab');
  const live = figure.locator('.figure-live');
  await live.locator('input[name="date"]').fill('not a date at all');
  await expect(live.locator('.dr-prediction')).toBeVisible();
  const rows = await page.evaluate(() => {
    const m = (
      document.querySelector('book-figure[fid="attention-lab"]') as unknown as {
        model: { reading(): { reading: { outputs: string[]; chars: string[] } } };
      }
    ).model;
    const r = m.reading().reading;
    return r.outputs.length * r.chars.length;
  });
  await expect(live.locator('svg.hm').first().locator('rect.hm-cell')).toHaveCount(rows);
  await expect(live.locator('svg.hm').first()).toContainText('keys: input characters');
  await expect(live.locator('svg.hm').first()).toContainText('queries: output');
  expect(await live.textContent()).not.toMatch(BAD);
});

test('the heatmap reads a weight on hover and on keyboard focus, and the step slider walks through decoding', async ({
  page,
}) => {
  const figure = await openFigure(page, 'attention-lab');
  const live = figure.locator('.figure-live');
  const map = live.locator('svg.hm').first();
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(live.locator('.dr-hover').nth(1)).toContainText(
    /output 2 .* looks at input 2 .* with weight 0\.\d{3}/,
  );
  await live.locator('rect.hm-cell').nth(3).hover();
  await expect(live.locator('.dr-hover').nth(1)).toContainText('looks at input 4');
  await live.locator('input[name="step"]').fill('3');
  await expect(live.locator('.dr-steptext')).toContainText('Step 3: writes');
});

test('input beyond 50 characters is cut with a note', async ({ page }) => {
  const figure = await openFigure(page, 'attention-lab');
  const live = figure.locator('.figure-live');
  await live.locator('input[name="date"]').fill(`3 May 1979 ${'.'.repeat(60)}`);
  await expect(live.locator('.dr-reading')).toContainText('only the first 50 characters are read');
  await expect(live.locator('svg.hm').first().locator('.hm-keys text')).toHaveCount(50);
});

test('speed: additive attention reaches 95% held-out exact match (reports the time and step)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openFigure(page, 'attention-lab');
  const reached = await page.evaluate(
    () =>
      new Promise<{ seconds: number; step: number }>((resolve) => {
        const m = (
          document.querySelector('book-figure[fid="attention-lab"]') as unknown as {
            model: {
              run: {
                parts: {
                  reached95: { seconds: number; step: number } | null;
                  onChange(f: () => void): void;
                }[];
              };
            };
          }
        ).model;
        const r = m.run.parts[0];
        const check = () => r.reached95 && resolve(r.reached95);
        r.onChange(check);
        check();
      }),
  );
  test.info().annotations.push({
    type: 'speed',
    description: `95% after ${reached.seconds.toFixed(1)} s, step ${reached.step}`,
  });
  console.log(
    `attention-lab: 95% held-out exact match after ${reached.seconds.toFixed(1)} s (step ${reached.step})`,
  );
  await expect(page.locator('book-figure[fid="attention-lab"] .dr-target')).toContainText(
    'Reached 95% exact match',
  );
});

type Band = { lo: number; exact: number };

/** Held-out exact match by length of the three runs (none, dot, additive) once each has done its seeded steps. */
async function finalCurves(page: Page): Promise<Band[][]> {
  return page.evaluate(
    () =>
      new Promise<{ lo: number; exact: number }[][]>((resolve) => {
        type Run = {
          settings: { maxSteps: number };
          status: { status: string } | null;
          latest: { step: number; bands: { lo: number; exact: number }[] } | null;
          onChange(f: () => void): void;
        };
        const m = (
          document.querySelector('book-figure[fid="length-curves"]') as unknown as {
            model: { run: { parts: Run[] } };
          }
        ).model;
        const runs = m.run.parts;
        const check = () => {
          const done = runs.every(
            (r) => r.status?.status === 'done' && r.latest?.step === r.settings.maxSteps,
          );
          if (done) resolve(runs.map((r) => r.latest?.bands ?? []));
        };
        for (const r of runs) r.onChange(check);
        check();
      }),
  );
}

const mean = (bands: Band[], lo: number, hi: number) => {
  const xs = bands.filter((b) => b.lo >= lo && b.lo <= hi).map((b) => b.exact);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
const show = (bands: Band[]) => bands.map((b) => `${b.lo}: ${b.exact.toFixed(2)}`).join(', ');

test('on held-out dates both attentions beat the plain encoder–decoder, the longest inputs included, as the prose says', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await openFigure(page, 'length-curves');
  const [none, dot, additive] = await finalCurves(page);
  console.log(`length-curves, dates: plain ${show(none)}; dot ${show(dot)}; additive ${show(additive)}`);
  expect(additive[5].exact).toBeGreaterThan(0.9);
  expect(additive[5].exact).toBeGreaterThan(none[5].exact + 0.2);
  expect(mean(additive, 0, 50)).toBeGreaterThan(mean(none, 0, 50) + 0.2);
  expect(mean(dot, 0, 50)).toBeGreaterThan(0.85);
  expect(dot[5].exact).toBeGreaterThan(none[5].exact + 0.2);
  await expect(page.locator('book-figure[fid="length-curves"] .acc-chart path.lc-line')).toHaveCount(3);
});

test('on held-out digit reversal the plain model falls with length while additive attention holds and dot-product lags on long ones, as the prose says', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await openFigure(page, 'length-curves', '?length-curves.task=reverse');
  const [none, dot, additive] = await finalCurves(page);
  console.log(`length-curves, reversal: plain ${show(none)}; dot ${show(dot)}; additive ${show(additive)}`);
  expect(mean(none, 2, 4)).toBeGreaterThan(0.9);
  expect(mean(none, 10, 12)).toBeLessThan(mean(none, 2, 4) - 0.5);
  expect(mean(additive, 10, 12)).toBeGreaterThan(0.8);
  expect(mean(additive, 10, 12)).toBeGreaterThan(mean(none, 10, 12) + 0.5);
  expect(mean(dot, 10, 12)).toBeLessThan(mean(additive, 10, 12) - 0.3);
  await expect(page.locator('book-figure[fid="length-curves"]')).toContainText('held-out sequences');
});

test('self-attention: no √d at d = 64 sharpens the rows; a high temperature flattens them; sliders at both ends', async ({
  page,
}) => {
  const figure = await openFigure(page, 'self-attention');
  const live = figure.locator('.figure-live');
  const peak = () =>
    page.evaluate(
      () =>
        (
          document.querySelector('book-figure[fid="self-attention"]') as unknown as {
            model: { peak: number };
          }
        ).model.peak,
    );
  await live.locator('select[name="d"]').selectOption('64');
  const scaled = await peak();
  await live.locator('input[name="scaled"]').uncheck();
  await expect.poll(peak).toBeGreaterThan(scaled + 0.2);
  await live.locator('input[name="scaled"]').check();
  await live.locator('input[name="temperature"]').fill('5');
  await expect.poll(peak).toBeLessThan(scaled);
  for (const name of ['temperature', 'query']) {
    const s = live.locator(`input[name="${name}"]`);
    for (const end of ['min', 'max'] as const) {
      await s.fill((await s.getAttribute(end)) as string);
      expect(await live.textContent()).not.toMatch(BAD);
    }
  }
  await live.locator('input[name="sentence"]').fill('a b c d e f g h i j k l m n o');
  await expect(live).toContainText('3 more were cut off');
});

test.describe('what the figures read, and how they show it (issue 13)', () => {
  test('Arabic and an emoji are named as unreadable, each isolated, and a non-date answer is said to be one', async ({
    page,
  }) => {
    const figure = await openFigure(page, 'attention-lab');
    const live = figure.locator('.figure-live');
    await live.locator('input[name="date"]').fill('٣ مايو 1979 🙂');
    await expect(live.locator('.dr-reading')).toContainText("outside the model's alphabet");
    await expect(live.locator('.dr-reading bdi')).toHaveText(['٣', 'م', 'ا', 'ي', 'و', '🙂']);
    await live.locator('input[name="date"]').fill('');
    await expect(live.locator('.dr-reading')).toContainText('Nothing to read, so no prediction');
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('the query slider ends at the sentence’s last word', async ({ page }) => {
    const figure = await openFigure(page, 'self-attention');
    const live = figure.locator('.figure-live');
    await live.locator('input[name="sentence"]').fill('the cat sat down');
    await expect(live.locator('input[name="query"]')).toHaveAttribute('max', '3');
  });

  test('on a phone the heatmap keeps its row labels in view while its cells scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const figure = await openFigure(page, 'attention-lab');
    const wrap = figure.locator('.figure-live .hm-wrap').first();
    await wrap.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      el.dispatchEvent(new Event('scroll'));
    });
    const box = await wrap.boundingBox();
    const label = await wrap.locator('.hm-queries text').first().boundingBox();
    expect(label && box).toBeTruthy();
    expect(label?.x ?? -1).toBeGreaterThanOrEqual((box?.x ?? 0) - 1);
    expect((label?.x ?? 0) + (label?.width ?? 0)).toBeLessThanOrEqual((box?.x ?? 0) + 70);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('without JavaScript the attention lab shows a recorded, trained alignment, labelled as one', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const figure = page.locator('book-figure[fid="attention-lab"]');
    await expect(figure.locator('.recorded-note')).toContainText('Recorded run of the engine, seed 1, after');
    await expect(figure).toContainText('up to 1500 steps');
    await expect(figure.locator('.hm-static rect.hm-cell').first()).toBeVisible();
    expect(await figure.textContent()).not.toMatch(BAD);
    await context.close();
  });
});
