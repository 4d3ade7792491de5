// Loads Pagefind's UI into the search page on demand and runs the query from ?q=. In `astro dev` there is
// no index yet, which the page says plainly instead of failing.
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): { triggerSearch(term: string): void };
}

export async function mountSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!root) return;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  try {
    const base = '/pagefind/';
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
    });
    if (query) ui.triggerSearch(query.slice(0, 200));
  } catch {
    if (status)
      status.textContent = 'The search index is not available here. It is built by `npm run build`.';
  }
}
