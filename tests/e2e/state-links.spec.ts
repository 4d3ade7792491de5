// Prose links set the whole state and show what their sentence says: on every built chapter, each StateLink
// clicked in reading order must leave its figure at the defaults plus the settings the link names (or, for a
// link marked `keep`, the figure's previous state plus them), whatever links were clicked before it, and the
// figure's readout must then agree with the sentence (support/linkExpectations.ts). The links are read from
// the built pages, so a new link fails here until its sentence's claim has a row in that table.
import { expect, type Page, test } from '@playwright/test';
import type { Schema } from '../../src/components/figure/stateSchema.ts';
import { applyPatch, defaults } from '../../src/components/figure/stateSchema.ts';
import { builtChapters, builtStateLinks } from './support/builtFigures.ts';
import { readyFigure } from './support/figures.ts';
import { LINK_EXPECTATIONS, type LinkExpectation, liveText } from './support/linkExpectations.ts';

const figureState = (page: Page, fid: string) =>
  page.evaluate((f) => {
    const el = document.querySelector(`book-figure[fid="${f}"]`) as unknown as {
      state: object;
      schema?: object;
    };
    return { state: { ...el.state } as Record<string, unknown>, schema: el.schema ?? null };
  }, fid);

const chapters = builtChapters().filter((c) => builtStateLinks(c).length > 0);

test('some built chapters have prose links', () => {
  expect(chapters.length).toBeGreaterThan(3);
});

const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

for (const chapter of chapters) {
  test(`${chapter}: every prose link puts its figure into the state its sentence names, and its readout agrees`, async ({
    page,
  }) => {
    test.setTimeout(420_000);
    await page.goto(`/chapters/${chapter}/`);
    const links = builtStateLinks(chapter);
    const anchors = page.locator('a[data-state-link]');
    await expect(anchors).toHaveCount(links.length);
    // rows of the table for this chapter, taken in reading order (two links may share their words)
    const rows: LinkExpectation[] = LINK_EXPECTATIONS.filter((e) => e.chapter === chapter);
    const texts = (await anchors.allTextContents()).map(words);
    const missing = texts.filter((t) => !rows.some((r) => r.link === t));
    expect(missing, 'links whose sentence has no row in support/linkExpectations.ts').toEqual([]);
    expect(
      rows.map((r) => r.link),
      'rows for links the chapter no longer has',
    ).toEqual(texts);
    for (const [i, link] of links.entries()) {
      await readyFigure(page, link.fid);
      const before = await figureState(page, link.fid);
      expect(before.schema, `${link.fid} exposes its schema`).not.toBeNull();
      const schema = before.schema as Schema;
      const base = link.keep ? before.state : defaults(schema);
      const expected = applyPatch(schema, base as never, link.set as never);
      await anchors.nth(i).click();
      await expect
        .poll(async () => (await figureState(page, link.fid)).state, {
          message: `link ${i + 1} (${link.fid}: ${JSON.stringify(link.set)})`,
        })
        .toEqual(expected);
      const figure = page.locator(`book-figure[fid="${link.fid}"]`);
      await expect(figure).toHaveAttribute('data-status', 'ready');
      const row = rows[i];
      await test.step(`link ${i + 1} «${row.link}»: ${row.says}`, async () => {
        const { state } = await figureState(page, link.fid);
        await expect(async () => row.check({ page, figure, state, text: liveText(figure) })).toPass({
          timeout: row.timeout ?? 20_000,
        });
      });
    }
  });
}

test('Chapter 4: sigmoid at radius 3, then a Gaussian W_hh, then radius 2 ends on tanh, orthogonal, radius 2', async ({
  page,
}) => {
  await page.goto('/chapters/vanishing-gradients/');
  for (const text of ['the sigmoid at radius 3', 'a Gaussian', 'radius 2']) {
    await page.locator('a[data-state-link="gradient-flow"]', { hasText: text }).first().click();
  }
  await readyFigure(page, 'gradient-flow');
  const { state } = await figureState(page, 'gradient-flow');
  expect(state).toMatchObject({ act: 'tanh', init: 'orthogonal', radius: 2 });
});
