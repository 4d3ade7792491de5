// Watches a page for the failures every page is checked against: console errors, uncaught exceptions,
// and requests to any host but the site's own (blocked and counted).
import type { Page } from '@playwright/test';

export interface PageGuard {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export async function guardPage(page: Page, siteOrigin: string): Promise<PageGuard> {
  const guard: PageGuard = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => guard.pageErrors.push(err.message));
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(siteOrigin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.fallback();
    guard.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  return guard;
}

/** Console lines caused by the guard's own blocking; the foreign request is reported on its own. */
export function realConsoleErrors(guard: PageGuard): string[] {
  return guard.consoleErrors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
}
