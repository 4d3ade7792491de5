// Driving a chapter's figures: open one mounted, read its model, move every slider to both ends.
import { expect, type Locator, type Page } from '@playwright/test';

/** Text a figure must never show. */
export const BAD = /\b(NaN|Infinity|undefined)\b/;

/** Opens `url`, scrolls the figure `fid` into view and waits until it is mounted and drawn. */
export async function openFigure(page: Page, url: string, fid: string): Promise<Locator> {
  await page.goto(url);
  return readyFigure(page, fid);
}

/** Scrolls the figure `fid` of the open page into view and waits until it is drawn. */
export async function readyFigure(page: Page, fid: string): Promise<Locator> {
  const figure = page.locator(`book-figure[fid="${fid}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  return figure;
}

/** The figure's current model, as its element exposes it. */
export const modelOf = <M>(page: Page, fid: string): Promise<M> =>
  page.evaluate(
    (f) => (document.querySelector(`book-figure[fid="${f}"]`) as unknown as { model: unknown }).model,
    fid,
  ) as Promise<M>;

/** Moves every range slider of a figure to its minimum and its maximum, checking the figure survives each. */
export async function bothEnds(figure: Locator, after?: () => Promise<void>): Promise<void> {
  const sliders = figure.locator('.figure-live input[type="range"]');
  const n = await sliders.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const s = sliders.nth(i);
    for (const end of ['min', 'max'] as const) {
      const v = (await s.getAttribute(end)) as string;
      await s.fill(v);
      await expect(s).toHaveValue(v);
      await expect(figure).toHaveAttribute('data-status', 'ready');
      await after?.();
      expect(await figure.locator('.figure-live').textContent()).not.toMatch(BAD);
    }
  }
}
