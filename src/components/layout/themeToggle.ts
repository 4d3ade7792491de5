// Wires the dark-mode button: flips data-theme on <html>, remembers the choice, and follows the OS
// until the reader has chosen. Storage that is disabled or full only means the choice is not remembered.
const KEY = 'unrolled:theme';

function store(value: string): void {
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // Storage disabled or full: the toggle still works for this page view.
  }
}

function hasStoredChoice(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

export function initThemeToggle(): void {
  const root = document.documentElement;
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  };
  sync();
  for (const b of buttons) {
    b.addEventListener('click', () => {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      store(root.dataset.theme);
      sync();
      document.dispatchEvent(new CustomEvent('unrolled:theme', { detail: root.dataset.theme }));
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    if (hasStoredChoice()) return;
    root.dataset.theme = e.matches ? 'dark' : 'light';
    sync();
    document.dispatchEvent(new CustomEvent('unrolled:theme', { detail: root.dataset.theme }));
  });
}
