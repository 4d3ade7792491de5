// Loads Pagefind's UI into the search page on demand and runs the query from ?q= (cut to
// MAX_QUERY_CHARS, and the page says so). In `astro dev` there is no index yet, which the page says
// plainly instead of failing.
import { withBase } from '../../lib/paths.ts';
import { CUT_MESSAGE, capQuery, MAX_QUERY_CHARS } from './searchQuery.ts';

interface PagefindUIConstructor {
  new (options: Record<string, unknown>): { triggerSearch(term: string): void };
}

/** Pagefind's field has only a title; give it a real name and the book's length limit. */
function labelField(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
  if (!input) return;
  input.setAttribute('aria-label', 'Search the book');
  input.maxLength = MAX_QUERY_CHARS;
}

export async function mountSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!root) return;
  const { query, cut } = capQuery(new URLSearchParams(location.search).get('q') ?? '');
  try {
    const base = withBase('/pagefind/');
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${base}pagefind-ui.css`;
    document.head.append(css);
    await import(/* @vite-ignore */ `${base}pagefind-ui.js`);
    const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
    if (!PagefindUI) throw new Error('Pagefind UI did not load');
    const ui = new PagefindUI({
      element: '#search',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      // The index names pages from the site's root; a copy in a folder prefixes its base path to each result.
      baseUrl: withBase('/'),
      bundlePath: base,
    });
    labelField(root);
    root.dataset.searchReady = '';
    if (query) ui.triggerSearch(query);
    if (cut && status) status.textContent = CUT_MESSAGE;
  } catch {
    if (status)
      status.textContent = 'The search index is not available here. It is built by `npm run build`.';
  }
}
