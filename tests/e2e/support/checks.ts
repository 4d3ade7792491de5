// The site-wide checks, as functions that return what they found (empty = pass). The site spec runs
// them over every built page; the checker spec proves each one fails on a deliberately broken page.
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';

/** Scrolls every figure into view so its live widget mounts, and waits until each has settled. */
export async function mountFigures(page: Page): Promise<void> {
  const count = await page.locator('book-figure').count();
  for (let i = 0; i < count; i++) {
    const figure = page.locator('book-figure').nth(i);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (el) => el !== null && ['ready', 'error'].includes((el as HTMLElement).dataset.status ?? ''),
      await figure.elementHandle(),
      { timeout: 30_000 },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until the search page's Pagefind UI (loaded on demand) has mounted its field, if the page has one. */
export async function mountSearchUI(page: Page): Promise<void> {
  if ((await page.locator('[data-search-root]').count()) === 0) return;
  await page.locator('[data-search-root][data-search-ready] input').first().waitFor();
}

/** Everything that mounts after load: every figure's live widget and the search UI. */
export async function mountEverything(page: Page): Promise<void> {
  await mountFigures(page);
  await mountSearchUI(page);
}

/** Figures whose error boundary fired. */
export async function brokenFigures(page: Page): Promise<string[]> {
  return page.$$eval('book-figure[data-status="error"]', (els) =>
    els.map(
      (e) => `${e.getAttribute('fid')}: ${e.querySelector('.figure-error')?.textContent?.trim() ?? ''}`,
    ),
  );
}

/** Rendered text showing NaN, Infinity or undefined (code samples excluded: prose may name them there). */
export async function badText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('code, pre, script, style, template, [aria-hidden="true"] annotation'))
        continue;
      if (parent.closest('script, style')) continue;
      const text = n.textContent ?? '';
      const m = text.match(/\b(NaN|Infinity|undefined)\b/);
      if (m) found.push(`"${m[0]}" in: ${text.trim().slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], input[value]')) {
      for (const attr of ['aria-label', 'title', 'value']) {
        const v = el.getAttribute(attr);
        if (v && /\b(NaN|Infinity|undefined)\b/.test(v)) found.push(`${attr}="${v.slice(0, 80)}"`);
      }
    }
    return found;
  });
}

/** How far the page body scrolls sideways, in CSS pixels (0 = fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

interface Shift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Records every layout shift from the first paint on; call before page.goto. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __layoutShifts: Shift[] };
    w.__layoutShifts = [];
    const name = (n: Node | null) =>
      n instanceof Element
        ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`
        : String(n?.nodeName ?? '?');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number;
        startTime: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      }[])
        w.__layoutShifts.push({
          value: e.value,
          startTime: e.startTime,
          hadRecentInput: e.hadRecentInput,
          sources: e.sources.map((s) => name(s.node)),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Cumulative Layout Shift as Chrome scores it (the worst session window: shifts less than 1 s apart, at
 * most 5 s long, none just after input), measured once the page has loaded, its fonts are in and the
 * figures on screen have mounted. Needs recordLayoutShifts before the page was opened.
 */
export async function cumulativeLayoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('book-figure')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        })
        .every((el) => ['ready', 'error'].includes(el.dataset.status ?? '')),
    undefined,
    { timeout: 30_000 },
  );
  const shifts = await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return (window as unknown as { __layoutShifts: Shift[] }).__layoutShifts;
  });
  let cls = 0;
  let session = 0;
  let first = 0;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.hadRecentInput)) {
    if (s.startTime - last > 1000 || s.startTime - first > 5000) {
      session = 0;
      first = s.startTime;
    }
    session += s.value;
    last = s.startTime;
    cls = Math.max(cls, session);
  }
  return {
    cls,
    shifts: shifts.map(
      (s) => `${s.value.toFixed(4)} at ${Math.round(s.startTime)} ms: ${s.sources.join(', ')}`,
    ),
  };
}

/**
 * axe's WCAG rules and its best practices: landmark-unique (two regions with one name) and
 * label-title-only (a field named only by its title) are best-practice rules, and went unreported.
 */
export async function axeViolations(page: Page, only?: 'contrast'): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  // A second pass after the theme flips needs only the rule the theme can change: the page's structure,
  // names and roles are the same in both modes, and a full pass costs 10-30 s on a chapter with every figure.
  if (only === 'contrast') builder.withRules(['color-contrast']);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(', ')}`,
  );
}

/** Internal links on the page, as absolute URLs (hash included). */
export async function internalLinks(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (as) =>
    as.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
  );
}

const pageCache = new Map<string, Promise<{ status: number; ids: Set<string> }>>();

async function fetchPage(
  request: APIRequestContext,
  url: string,
): Promise<{ status: number; ids: Set<string> }> {
  const res = await request.get(url, { maxRedirects: 3 });
  const body = res.ok() ? await res.text() : '';
  const ids = new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  return { status: res.status(), ids };
}

/** Links whose page does not load or whose #anchor is not on it. */
export async function deadLinks(request: APIRequestContext, page: Page, links: string[]): Promise<string[]> {
  const dead: string[] = [];
  const here = page.url().split('#')[0];
  const liveIds = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
  for (const link of new Set(links)) {
    const [base, hash] = link.split('#');
    let target: { status: number; ids: Set<string> };
    if (base === here) {
      target = { status: 200, ids: liveIds };
    } else {
      let cached = pageCache.get(base);
      if (!cached) {
        cached = fetchPage(request, base);
        pageCache.set(base, cached);
      }
      target = await cached;
    }
    if (target.status !== 200) dead.push(`${link} → HTTP ${target.status}`);
    else if (hash && !target.ids.has(decodeURIComponent(hash)))
      dead.push(`${link} → no element with id "${hash}"`);
  }
  return dead;
}

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [role="button"], [role="slider"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="link"], [role="option"], [onclick]';

/**
 * Tabs through the page and reports controls that Tab never reaches, tab stops without a visible focus
 * ring, and sliders that arrow keys do not move.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const expected = await page.evaluate((selector) => {
    const out: { id: string; desc: string }[] = [];
    let i = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const visible =
        rect.width > 0 &&
        rect.height > 0 &&
        style.visibility !== 'hidden' &&
        !el.closest('[hidden], [inert]') &&
        // Also rules out the contents of a closed <details> (hidden by content-visibility).
        el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
      if (!visible || (el as HTMLButtonElement).disabled) continue;
      // In a roving-tabindex group only one member is a tab stop; arrows move within the group.
      if (
        el.tabIndex < 0 &&
        el.closest(
          '[role="tablist"], [role="radiogroup"], [role="listbox"], [role="grid"], [role="menu"], [role="toolbar"]',
        )
      )
        continue;
      if (
        el.getAttribute('tabindex') === '-1' &&
        !el.matches('[role], a[href], button, input, select, textarea')
      )
        continue;
      // Native radios: one tab stop per group.
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name) {
        if (document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`)) continue;
      }
      i += 1;
      el.dataset.kbId = String(i);
      out.push({
        id: String(i),
        desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      });
    }
    return out;
  }, INTERACTIVE);

  const problems: string[] = [];
  const reached = new Set<string>();
  // Every focus move is logged in the page as it happens (with its ring, computed at that moment), and Tab is
  // pressed in chunks between reads of the log: one round trip per press instead of two, on pages with
  // hundreds of controls.
  await page.evaluate(() => {
    const log: { id: string; ring: boolean; desc: string }[] = [];
    const w = window as unknown as { __kbLog?: typeof log };
    if (w.__kbLog) {
      w.__kbLog.length = 0;
      return;
    }
    w.__kbLog = log;
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as HTMLElement;
        const s = getComputedStyle(el);
        const ring =
          (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) ||
          (s.boxShadow !== 'none' && s.boxShadow !== '');
        log.push({
          id: el.dataset.kbId ?? '',
          ring,
          desc: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        });
      },
      true,
    );
  });
  // Start from a fresh load state: nothing focused, so the first Tab lands on the first control.
  await page.evaluate(() => window.scrollTo(0, 0));
  const limit = expected.length * 2 + 20;
  const CHUNK = 12;
  let read = 0;
  let last = '';
  let done = false;
  for (let pressed = 0; pressed < limit && !done; ) {
    for (let i = 0; i < CHUNK && pressed < limit; i++, pressed++) await page.keyboard.press('Tab');
    const { entries, onBody } = await page.evaluate((from) => {
      const log = (window as unknown as { __kbLog: { id: string; ring: boolean; desc: string }[] }).__kbLog;
      const el = document.activeElement;
      return { entries: log.slice(from), onBody: !el || el === document.body };
    }, read);
    read += entries.length;
    for (const info of entries) {
      // A date or time field takes one Tab per part (day, month, year…) while staying the focused element.
      if (info.id && info.id === last) continue;
      if (info.id && reached.has(info.id)) {
        done = true;
        break;
      }
      if (info.id) reached.add(info.id);
      last = info.id;
      if (!info.ring) problems.push(`no visible focus ring on ${info.desc}`);
    }
    // Focus left the page (past its last control): the walk is over.
    if (onBody) done = true;
  }
  // A control that left the page, was hidden or disabled during the walk (a run's Pause button when the
  // run ends) could not be reached any more: only a control still reachable now is a miss.
  const missed = await page.evaluate(
    (ids) =>
      ids.filter((id) => {
        const el = document.querySelector<HTMLElement>(`[data-kb-id="${id}"]`);
        if (!el || (el as HTMLButtonElement).disabled || el.closest('[hidden], [inert]')) return false;
        const rect = el.getBoundingClientRect();
        return (
          rect.width > 0 &&
          rect.height > 0 &&
          el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })
        );
      }),
    expected.filter((e) => !reached.has(e.id)).map((e) => e.id),
  );
  for (const e of expected) if (missed.includes(e.id)) problems.push(`Tab never reaches ${e.desc}`);

  const sliders = await page.$$('input[type="range"], [role="slider"]');
  for (const slider of sliders) {
    if (!(await slider.isVisible())) continue;
    const read = () =>
      slider.evaluate((el) =>
        el instanceof HTMLInputElement ? el.value : (el.getAttribute('aria-valuenow') ?? ''),
      );
    const atMax = await slider.evaluate((el) =>
      el instanceof HTMLInputElement
        ? el.value === el.max
        : el.getAttribute('aria-valuenow') === el.getAttribute('aria-valuemax'),
    );
    await slider.focus();
    const before = await read();
    await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    const after = await read();
    if (before === after)
      problems.push(
        `arrow keys do not move slider ${await slider.evaluate((el) => el.outerHTML.slice(0, 80))}`,
      );
    await page.keyboard.press(atMax ? 'ArrowRight' : 'ArrowLeft');
  }
  return problems;
}
