// The presenter view: one figure fills the screen for a projector (the Fullscreen API where the browser
// allows it, else a fixed layer over the page), with everything in it scaled up by CSS zoom and its charts
// rebuilt for the wider frame. Escape, the button or leaving the page ends it.
import type { BookFigure } from './figureElement.ts';

/** The frame width (CSS px) that zoom 1 is designed for: figures are laid out for ~42rem of text. */
const DESIGN_WIDTH = 900;
const MAX_ZOOM = 2;

/** How much to scale a presented figure on a screen `width` CSS px wide: never below 1, so a phone still fits. */
export function presentZoom(width: number): number {
  return Math.min(MAX_ZOOM, Math.max(1, Math.round((width / DESIGN_WIDTH) * 100) / 100));
}

export class Presenter {
  readonly #figure: HTMLElement;
  readonly #button: HTMLButtonElement;
  #active = false;
  #stop?: () => void;

  constructor(figure: HTMLElement, button: HTMLButtonElement) {
    this.#figure = figure;
    this.#button = button;
  }

  get active(): boolean {
    return this.#active;
  }

  toggle(): Promise<void> {
    return this.#active ? this.leave() : this.enter();
  }

  async enter(): Promise<void> {
    if (this.#active) return;
    this.#active = true;
    const figure = this.#figure;
    figure.classList.add('presenting');
    document.documentElement.classList.add('figure-presenting');
    this.#button.textContent = 'Leave presentation';
    const zoom = () => figure.style.setProperty('--present-zoom', String(presentZoom(window.innerWidth)));
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) void this.leave();
    };
    const onFullscreen = () => {
      if (document.fullscreenElement !== figure) void this.leave();
    };
    const onSwap = () => void this.leave();
    window.addEventListener('resize', zoom);
    document.addEventListener('keydown', onKey);
    document.addEventListener('astro:before-swap', onSwap);
    this.#stop = () => {
      window.removeEventListener('resize', zoom);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('astro:before-swap', onSwap);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
    try {
      // Not every browser (iPhone Safari) lets an element go full screen; the fixed layer stands in.
      if (figure.requestFullscreen) {
        await figure.requestFullscreen({ navigationUI: 'hide' });
        document.addEventListener('fullscreenchange', onFullscreen);
      }
    } catch {
      // the layer alone
    }
    if (!this.#active) return;
    zoom();
    figure.scrollTop = 0;
    await this.#relayout();
    this.#button.focus();
  }

  async leave(): Promise<void> {
    if (!this.#active) return;
    this.#active = false;
    this.#stop?.();
    this.#stop = undefined;
    const figure = this.#figure;
    if (document.fullscreenElement === figure) await document.exitFullscreen().catch(() => undefined);
    figure.classList.remove('presenting');
    figure.style.removeProperty('--present-zoom');
    document.documentElement.classList.remove('figure-presenting');
    this.#button.textContent = 'Present';
    if (!figure.isConnected) return;
    await this.#relayout();
    figure.scrollIntoView({ block: 'nearest' });
    this.#button.focus();
  }

  #relayout(): Promise<void> {
    const live = this.#figure.querySelector('book-figure') as BookFigure | null;
    return live?.relayout?.() ?? Promise.resolve();
  }
}
