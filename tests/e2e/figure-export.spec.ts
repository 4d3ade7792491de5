// Figures for slides and handouts: every figure downloads as one self-contained SVG or a 2x PNG (light or
// dark) carrying its number, caption and a link to its exact state, and opens in a presenter view.
// Three kinds of figure: an SVG chart (gradient flow), an HTML heatmap (attention lab) and one training
// in a worker (char-RNN, exported mid-run).
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { BAD } from './support/figures.ts';
import { guardPage, realConsoleErrors } from './support/guard.ts';
import { at } from './support/paths.ts';

interface Case {
  path: string;
  fid: string;
  /** A state the link must carry (set through the URL, so the export is of a non-default state). */
  query: string;
  label: RegExp;
}

const CASES: Case[] = [
  {
    path: '/chapters/vanishing-gradients/',
    fid: 'gradient-flow',
    query: 'gradient-flow.radius=1.2',
    label: /Chapter 4, Figure \d+/,
  },
  {
    path: '/chapters/attention/',
    fid: 'attention-lab',
    query: 'attention-lab.kind=dot',
    label: /Chapter 7, Figure \d+/,
  },
  { path: '/chapters/rnns/', fid: 'char-rnn', query: 'char-rnn.hidden=24', label: /Chapter 3, Figure \d+/ },
];

const NAMESPACES = /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink)$/;

async function openFigure(page: Page, c: Case): Promise<Locator> {
  await page.goto(at(`${c.path}?${c.query}`));
  const figure = page.locator(`figure#${c.fid}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('book-figure')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return figure;
}

async function download(page: Page, figure: Locator, format: 'svg' | 'png') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.locator(`[data-format="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const c of CASES) {
  test(`${c.fid}: downloads a self-contained SVG and a 2x PNG with its number, caption and state link`, async ({
    page,
    baseURL,
  }) => {
    const guard = await guardPage(page, baseURL!);
    const figure = await openFigure(page, c);
    if (c.fid === 'char-rnn')
      await expect(figure.locator('.cr-status')).toContainText(/training|step \d+/, { timeout: 30_000 });
    // Long tasks while exporting, reported (not asserted: timings on a shared machine are not a test).
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    const toggle = figure.locator('[data-download]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const svg = await download(page, figure, 'svg');
    expect(svg.name).toMatch(new RegExp(`^unrolled-fig-\\d+-\\d+-${c.fid}\\.svg$`));
    const text = svg.bytes.toString('utf8');
    // Parsed in a blank page: the book's policy (rightly) refuses a parsed document's inline <style>.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        root: doc.documentElement.localName,
        width: Number(doc.documentElement.getAttribute('width')),
        title: doc.querySelector('title')?.textContent ?? '',
        desc: doc.querySelector('desc')?.textContent ?? '',
        charts: doc.documentElement.querySelectorAll(':scope > svg').length,
        html: doc.querySelector('foreignObject')?.textContent ?? '',
        links: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    }, text);
    await blank.close();
    expect(parsed.error).toBe('');
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toMatch(c.label);
    // The caption's first words, as the reader sees them (math left out).
    const words = await page.locator(`#${c.fid}-caption`).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const x of copy.querySelectorAll('.figure-meta, .katex')) x.remove();
      return (copy.textContent ?? '').trim().split(/\s+/).slice(0, 3).join(' ');
    });
    expect(words.length).toBeGreaterThan(5);
    expect(parsed.html.replace(/\s+/g, ' ')).toContain(words);
    const link = parsed.links.find((l) => l?.includes(`#${c.fid}`)) ?? '';
    expect(new URL(link).searchParams.get(c.query.split('=')[0])).toBe(c.query.split('=')[1]);
    expect(link.startsWith(new URL(baseURL!).origin)).toBe(true);
    expect(parsed.desc).toContain(link);
    expect(parsed.charts, 'charts kept as SVG').toBeGreaterThan(0);
    // Fonts are embedded as data: URLs; outside them, no NaN and no address but the state link.
    const withoutData = text.replace(/data:[^)"']*/g, 'data:…');
    expect(withoutData).not.toMatch(BAD);
    const urls = [...withoutData.matchAll(/\b(?:https?:)?\/\/[^\s"'<>)]+/g)].map((m) =>
      m[0].replace(/&amp;/g, '&'),
    );
    expect(urls.filter((u) => !NAMESPACES.test(u) && !u.startsWith(new URL(baseURL!).origin))).toEqual([]);
    expect(withoutData).not.toMatch(/url\((?!data:)/);

    const png = await download(page, figure, 'png');
    expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
    const [w, h] = pngSize(png.bytes);
    expect(w).toBe(Math.round(parsed.width * 2));
    expect(h).toBeGreaterThan(200);
    await expect(figure.locator('.figure-download-status')).toHaveText(`Downloaded ${png.name}.`);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`${c.fid}: long tasks (ms) while exporting SVG and PNG: ${JSON.stringify(longTasks)}`);

    expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(realConsoleErrors(guard)).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
}

test('a dark export of a light page is drawn in the dark palette and named so', async ({ page, baseURL }) => {
  const guard = await guardPage(page, baseURL!);
  await page.emulateMedia({ colorScheme: 'light' });
  const figure = await openFigure(page, CASES[0]!);
  await figure.locator('[data-download]').click();
  await figure.getByLabel('Dark').check();
  const svg = await download(page, figure, 'svg');
  expect(svg.name).toMatch(/-gradient-flow-dark\.svg$/);
  const text = svg.bytes.toString('utf8');
  // global.css: --bg is #16171a in the dark theme
  expect(text).toMatch(/<rect [^>]*fill="rgb\(22, 23, 26\)"/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(guard.cspViolations).toEqual([]);
});

test('the presenter view fills the screen, its controls still drive the figure, and Escape leaves it', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  const figure = await openFigure(page, CASES[0]!);
  const present = figure.locator('[data-present]');
  await present.focus();
  await page.keyboard.press('Enter');
  await expect(figure).toHaveClass(/presenting/);
  await expect(present).toHaveText('Leave presentation');
  await expect(present).toBeFocused();
  const box = await figure.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.width).toBeGreaterThanOrEqual(viewport.width - 1);
  // the chart was rebuilt for the wide frame and is larger than in the column
  const chart = figure.locator('.figure-live svg').last();
  await expect.poll(async () => (await chart.boundingBox())?.width ?? 0).toBeGreaterThan(700);
  const slider = figure.locator('.figure-live input[type="range"]').first();
  const key = (await slider.getAttribute('data-state-key')) as string;
  const before = await page.evaluate(
    () => document.querySelector('#gradient-flow .figure-live .gf-readout')?.textContent,
  );
  await slider.fill((await slider.getAttribute('min')) as string);
  await expect(figure.locator('book-figure')).toHaveAttribute('data-status', 'ready');
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('#gradient-flow .figure-live .gf-readout')?.textContent),
    )
    .not.toBe(before);
  expect(key).not.toBe('');
  await page.keyboard.press('Escape');
  await expect(figure).not.toHaveClass(/presenting/);
  await expect(present).toHaveText('Present');
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  expect(guard.cspViolations).toEqual([]);
  expect(guard.pageErrors).toEqual([]);
});

test('at 360 px the presenter view fits without sideways scrolling', async ({ page, baseURL }) => {
  await guardPage(page, baseURL!);
  await page.setViewportSize({ width: 360, height: 780 });
  const figure = await openFigure(page, CASES[1]!);
  await figure.locator('[data-present]').click();
  await expect(figure).toHaveClass(/presenting/);
  const overflow = await figure.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await figure.locator('[data-present]').click();
  await expect(figure).not.toHaveClass(/presenting/);
});
