// The not-found page's second look: the book's pages live at addresses ending in "/" (/chapters/rnns/),
// and a static host or the offline copy may not answer the same address without it (/chapters/rnns, as a
// reader types it or a course page links it). The not-found page asks for the "/" twin and, if that is a
// page, goes there instead of saying nothing exists.

/** The same address with a trailing "/", or null when it has one or names a file ("data.json"). */
export function slashedTwin(pathname: string): string | null {
  if (pathname === '' || pathname.endsWith('/')) return null;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last.includes('.')) return null;
  return `${pathname}/`;
}

/** The mark the not-found page carries (404.astro), so that its own text never counts as a page. */
export const NOT_FOUND_MARK = 'data-not-found';

/**
 * In the page: when the address lacks its "/" and the twin is a page (online from the host, offline from
 * the saved copy), replace this page with it, keeping the query (a figure's state) and the fragment.
 * A twin answered with the not-found page itself (some hosts answer every address so, with status 200)
 * is not a page.
 */
export async function goToSlashedTwin(
  where: Pick<Location, 'pathname' | 'search' | 'hash' | 'replace'>,
  get: (url: string) => Promise<{ ok: boolean; text(): Promise<string> }> = (url) => fetch(url),
): Promise<boolean> {
  const twin = slashedTwin(where.pathname);
  if (twin === null) return false;
  try {
    // a GET, not a HEAD: the offline copy's routes answer GET only
    const answer = await get(twin);
    if (!answer.ok || (await answer.text()).includes(NOT_FOUND_MARK)) return false;
  } catch {
    return false;
  }
  where.replace(`${twin}${where.search}${where.hash}`);
  return true;
}
