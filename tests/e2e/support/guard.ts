// Watches a page for the failures every page is checked against: console errors, uncaught exceptions,
// requests to any host but the site's own (blocked and counted; at a sub-path, anything outside the
// base path counts too), and Content-Security-Policy violations.
import type { Page } from '@playwright/test';

export interface PageGuard {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** What the page's Content-Security-Policy refused: securitypolicyviolation events and the console's reports. */
  cspViolations: string[];
}

const CSP_EVENT = 'csp-violation:';

export async function guardPage(page: Page, siteOrigin: string): Promise<PageGuard> {
  const guard: PageGuard = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };
  // The event names the directive and what was blocked; Chromium's own console line ("Refused to …
  // Content Security Policy") also covers violations the event does not reach the page for.
  await page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.warn(
        `${prefix} ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  }, CSP_EVENT);
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith(CSP_EVENT)) guard.cspViolations.push(text.slice(CSP_EVENT.length).trim());
    else if (/Content.Security.Policy/i.test(text)) guard.cspViolations.push(text);
    if (msg.type() === 'error') guard.consoleErrors.push(`${text} (${msg.location().url})`);
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
