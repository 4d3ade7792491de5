// <figure-tools>: every figure's Download menu (SVG or PNG, light or dark) and Present button. It works on
// the figure it sits in, static illustration or live widget, and needs nothing from the widget itself.
import { basePath } from '../../lib/paths.ts';
import { currentTheme } from './export/themeVariables.ts';
import type { ExportFormat, ExportTheme } from './export/exportName.ts';
import { stateUrl } from './export/stateUrl.ts';
import type { BookFigure } from './figureElement.ts';
import { Presenter } from './presenter.ts';

/**
 * Figures are numbered within their chapter ("Figure 2"); outside the page the chapter must come along:
 * "Chapter 4, Figure 2" in the file, 4.2 in its name. The chapter's label is the page's own heading label.
 */
function figureNumber(figure: HTMLElement): { n: string; label: string } {
  const n = figure.dataset.figureN ?? '';
  const chapter = document.querySelector('.chapter-label')?.textContent?.trim() ?? '';
  const chapterN = chapter.split(/\s+/).pop() ?? '';
  return chapter ? { n: `${chapterN}.${n}`, label: `${chapter}, Figure ${n}` } : { n, label: `Figure ${n}` };
}

export class FigureTools extends HTMLElement {
  #presenter?: Presenter;
  #busy = false;

  connectedCallback(): void {
    const figure = this.closest<HTMLElement>('figure.book-figure');
    const present = this.querySelector<HTMLButtonElement>('[data-present]');
    const toggle = this.querySelector<HTMLButtonElement>('[data-download]');
    const panel = this.querySelector<HTMLElement>('.figure-download');
    if (!figure || !present || !toggle || !panel) return;
    this.#presenter = new Presenter(figure, present);
    present.addEventListener('click', () => void this.#presenter?.toggle());
    toggle.addEventListener('click', () => this.#open(panel.hidden === true));
    panel.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.#open(false);
      toggle.focus();
    });
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-format]')) {
      b.addEventListener('click', () => void this.#download(figure, b.dataset.format as ExportFormat));
    }
    present.disabled = false;
    toggle.disabled = false;
  }

  disconnectedCallback(): void {
    void this.#presenter?.leave();
  }

  #open(open: boolean): void {
    const toggle = this.querySelector<HTMLButtonElement>('[data-download]');
    const panel = this.querySelector<HTMLElement>('.figure-download');
    if (!toggle || !panel) return;
    if (open) {
      const theme = this.querySelector<HTMLInputElement>(`input[value="${currentTheme()}"]`);
      if (theme) theme.checked = true;
    }
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  }

  #say(text: string): void {
    const status = this.querySelector<HTMLElement>('.figure-download-status');
    if (status) status.textContent = text;
  }

  async #download(figure: HTMLElement, format: ExportFormat): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const theme = (this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ??
      currentTheme()) as ExportTheme;
    const live = figure.querySelector('book-figure') as BookFigure | null;
    const fid = figure.id;
    this.#say(`Preparing the ${format.toUpperCase()}…`);
    try {
      // Loaded on first use: most readers never export, and the page need not carry the code.
      const { downloadFigure } = await import('./export/exportFigure.ts');
      const link = stateUrl({
        site: import.meta.env.SITE,
        base: basePath(),
        origin: location.origin,
        pathname: location.pathname,
        fid,
        entries: live?.stateEntries ?? [],
      });
      const name = await downloadFigure({ figure, fid, link, theme, ...figureNumber(figure) }, format);
      this.#say(`Downloaded ${name}.`);
    } catch (error) {
      this.#say(`The download failed: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      this.#busy = false;
    }
  }
}

export function defineFigureTools(): void {
  if (!customElements.get('figure-tools')) customElements.define('figure-tools', FigureTools);
}
