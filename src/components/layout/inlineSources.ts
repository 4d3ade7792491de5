// The page's only inline script and styles, as text: the components print them with set:html, and
// astro.config hashes the same strings into the Content-Security-Policy, so the two cannot drift apart.

/**
 * Sets the colour theme before first paint: the stored choice if any, else the OS preference. Inline on
 * purpose: a bundled module would run after paint and flash the wrong theme.
 */
export const THEME_INIT_SCRIPT = `(() => {
  let stored = null;
  try {
    stored = localStorage.getItem('unrolled:theme');
  } catch {
    stored = null;
  }
  const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();`;

/** The dark-mode switch needs JavaScript; without it the page keeps the light theme and offers no switch. */
export const NO_SCRIPT_THEME_TOGGLE_CSS = '.theme-toggle { display: none !important; }';

/** Without JavaScript the button cannot open the chapter list, so a phone shows it open and no button. */
export const NO_SCRIPT_SIDEBAR_CSS =
  '@media (max-width: 860px) { .sidebar .sidebar-body { display: block !important; } .sidebar .sidebar-toggle { display: none !important; } }';

export const INLINE_SCRIPTS = [THEME_INIT_SCRIPT];
export const INLINE_STYLES = [NO_SCRIPT_THEME_TOGGLE_CSS, NO_SCRIPT_SIDEBAR_CSS];
