// <book-figure>: mounts a widget when its figure scrolls near, keeps its state in the URL, and is the
// widget's error boundary: a widget that throws shows a message in its own box and the page goes on.
import { FigureRuns } from '../training/figureRuns.ts';
import { runRedraw } from '../training/runRedraw.ts';
import { watchAway } from '../training/watchAway.ts';
import { widgetLoader } from './registry.ts';
import { applyPatch, decode, defaults, encode, type Schema, type StateOf } from './stateSchema.ts';
import { figureLink, writeFigureParams } from './urlWriter.ts';
import type { AnyWidget, WidgetView } from './widget.ts';

// Text that must never reach a reader: it means a number went wrong somewhere upstream.
const BAD_TEXT = /\b(NaN|Infinity|undefined)\b/;

export class BookFigure extends HTMLElement {
  #widget?: AnyWidget;
  #view?: WidgetView<Schema, unknown>;
  #state: StateOf<Schema> = {};
  #controller?: AbortController;
  #observer?: IntersectionObserver;
  #mounting?: Promise<void>;
  #model: unknown;

  get figureId(): string {
    return this.getAttribute('fid') ?? '';
  }

  get widgetName(): string {
    return this.getAttribute('widget') ?? '';
  }

  connectedCallback(): void {
    const figure = this.closest('figure');
    figure?.querySelector('[data-reset]')?.addEventListener('click', () => this.reset());
    figure?.querySelector('[data-copy]')?.addEventListener('click', () => void this.copyLink());
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.mount();
        }
      },
      { rootMargin: '400px 0px' },
    );
    this.#observer.observe(this);
    this.#watchRuns();
  }

  disconnectedCallback(): void {
    this.#endRuns();
    this.#observer?.disconnect();
    this.#controller?.abort();
    this.#view?.destroy?.();
  }

  /** The current settings, for exercises and tests that read a figure's state. */
  get state(): Readonly<StateOf<Schema>> {
    return this.#state;
  }

  /** What the widget last drew (its model's output), for exercises that check the engine's result. */
  get model(): unknown {
    return this.#model;
  }

  /** Mounts the widget once; every caller, early or late, waits for the same mount to finish. */
  mount(): Promise<void> {
    this.#mounting ??= this.#mount();
    return this.#mounting;
  }

  async #mount(): Promise<void> {
    this.dataset.status = 'loading';
    try {
      const load = await widgetLoader(this.widgetName);
      const widget = await load();
      this.#widget = widget;
      const { state, rejected } = decode(widget.schema, new URLSearchParams(location.search), this.figureId);
      this.#state = state;
      const live = this.querySelector<HTMLElement>('.figure-live');
      if (!live) throw new Error('figure markup has no .figure-live element');
      this.#view = widget.view(live, (patch) => this.dispatch(patch));
      await this.render();
      if (this.dataset.status === 'error') return;
      live.hidden = false;
      const still = this.querySelector<HTMLElement>('.figure-static');
      if (still) still.hidden = true;
      for (const b of this.closest('figure')?.querySelectorAll<HTMLButtonElement>('.figure-actions button') ??
        []) {
        b.disabled = false;
      }
      if (rejected.length > 0) {
        this.say(
          `The link set ${rejected.join(', ')} to values this figure cannot use; defaults are shown instead.`,
        );
      }
    } catch (error) {
      this.fail(error);
    }
  }

  /** Applies a patch from the view (or from a prose link), then recomputes and redraws. */
  dispatch(patch: Partial<StateOf<Schema>>): void {
    if (!this.#widget) return;
    this.#state = applyPatch(this.#widget.schema, this.#state, patch);
    writeFigureParams(this.figureId, encode(this.#widget.schema, this.#state, this.figureId));
    void this.render();
  }

  reset(): void {
    if (!this.#widget) return;
    this.#state = defaults(this.#widget.schema);
    this.#runs.disposeAll();
    writeFigureParams(this.figureId, []);
    this.clearError();
    this.say('Figure reset to its starting settings.');
    void this.render();
  }

  async copyLink(): Promise<void> {
    if (!this.#widget) return;
    const link = figureLink(this.figureId, encode(this.#widget.schema, this.#state, this.figureId));
    try {
      await navigator.clipboard.writeText(link);
      this.say('Link to this state copied.');
    } catch {
      this.say(`Copy this link: ${link}`);
    }
  }

  async render(): Promise<void> {
    const widget = this.#widget;
    const view = this.#view;
    if (!widget || !view) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const runs = this.#runs.forRender();
      const model = await widget.model(this.#state, controller.signal, runs);
      if (controller.signal.aborted) return;
      this.#runs.keepOnly(runs.keys);
      view.update(model, this.#state);
      this.#model = model;
      const live = this.querySelector<HTMLElement>('.figure-live');
      const bad = live?.textContent?.match(BAD_TEXT);
      if (bad) throw new Error(`the figure was about to show "${bad[0]}"`);
      if (this.dataset.status === 'loading' || this.dataset.status === 'error') this.clearError();
      this.dataset.status = 'ready';
      // Exercises that check a figure listen for this: the state and the model it produced.
      this.dispatchEvent(
        new CustomEvent('figure:update', { bubbles: true, detail: { state: this.#state, model } }),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error);
    }
  }

  // ---- Training runs. The figure owns its widget's runs (training/figureRuns.ts): a render asks for
  // them by key, a state change that needs new ones, a reset, navigation or removal disposes them,
  // workers included; they hold while the figure is far off screen or the tab hidden, and each report
  // redraws the view (views only draw; they never start, stop or dispose a worker).
  readonly #runs = new FigureRuns((urgent) => this.#runRedraw.request(urgent));
  readonly #runRedraw = runRedraw(() => this.#drawRuns());
  #unwatchRuns?: () => void;

  #watchRuns(): void {
    this.#unwatchRuns?.();
    const stopAway = watchAway(this, (away) => this.#runs.setAway(away));
    const leave = () => this.#runs.disposeAll();
    // back from the back/forward cache: the runs were disposed on pagehide, so train afresh
    const back = (e: PageTransitionEvent) => {
      if (e.persisted && this.#view) void this.render();
    };
    document.addEventListener('astro:before-swap', leave);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    this.#unwatchRuns = () => {
      stopAway();
      document.removeEventListener('astro:before-swap', leave);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
    };
  }

  #endRuns(): void {
    this.#unwatchRuns?.();
    this.#unwatchRuns = undefined;
    this.#runRedraw.cancel();
    this.#runs.disposeAll();
  }

  #drawRuns(): void {
    const view = this.#view;
    if (!view || this.dataset.status !== 'ready') return;
    try {
      view.update(this.#model, this.#state);
      const bad = this.querySelector<HTMLElement>('.figure-live')?.textContent?.match(BAD_TEXT);
      if (bad) throw new Error(`the figure was about to show "${bad[0]}"`);
    } catch (error) {
      this.fail(error);
    }
  }

  say(message: string): void {
    const status = this.querySelector<HTMLElement>('.figure-status');
    if (status) status.textContent = message;
  }

  fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    // A warning, not an error: the boundary has handled it and the page is fine.
    console.warn(`Figure "${this.figureId}" stopped:`, error);
    this.dataset.status = 'error';
    let box = this.querySelector<HTMLElement>('.figure-error');
    if (!box) {
      box = document.createElement('div');
      box.className = 'figure-error';
      box.setAttribute('role', 'alert');
      this.prepend(box);
    }
    box.replaceChildren();
    const p = document.createElement('p');
    p.textContent = `This figure stopped working (${message}). The rest of the page is unaffected.`;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Reset figure';
    retry.addEventListener('click', () => this.reset());
    box.append(p, retry);
  }

  clearError(): void {
    this.querySelector('.figure-error')?.remove();
  }
}

export function defineBookFigure(): void {
  if (!customElements.get('book-figure')) customElements.define('book-figure', BookFigure);
}
