// <book-figure>: mounts a widget when its figure scrolls near, keeps its state in the URL, and is the
// widget's error boundary: a widget that throws shows a message in its own box and the page goes on.
// It also holds the settings an assignment locks: every way in (controls, prose links, reset) goes
// through dispatch/setState/reset here, which keep locked keys at their held values.
import { controlSelector } from '../ui/stateControl.ts';
import { FigureRuns } from '../training/figureRuns.ts';
import { runRedraw } from '../training/runRedraw.ts';
import { watchAway } from '../training/watchAway.ts';
import { widgetLoader } from './registry.ts';
import { applyPatch, decode, defaults, encode, type Schema, type StateOf } from './stateSchema.ts';
import { figureLink, writeFigureParams } from './urlWriter.ts';
import type { AnyWidget, WidgetView } from './widget.ts';

// Text that must never reach a reader: it means a number went wrong somewhere upstream.
const BAD_TEXT = /\b(NaN|Infinity|undefined)\b/;

/** A widget that has not registered (or loaded) by then never will: say so instead of "loading" forever. */
export const LOAD_TIMEOUT_MS = 8000;

function timeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export class BookFigure extends HTMLElement {
  #widget?: AnyWidget;
  #view?: WidgetView<Schema, unknown>;
  #state: StateOf<Schema> = {};
  #controller?: AbortController;
  #observer?: IntersectionObserver;
  #mounting?: Promise<void>;
  #model: unknown;
  /** Locked keys and their raw (URL) values, coerced by the schema once the widget is known. */
  #lockedRaw: Record<string, unknown> = {};
  #lockNote?: string;

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

  /** The widget's settings table (keys, kinds, bounds, defaults); undefined until the widget has loaded. */
  get schema(): Readonly<Schema> | undefined {
    return this.#widget?.schema;
  }

  /** The keys an assignment holds fixed. */
  get lockedKeys(): readonly string[] {
    return Object.keys(this.#lockedRaw);
  }

  /**
   * Holds `values` (key → URL text) fixed: patches, prose links and reset cannot move them, and their
   * controls are disabled and described by the element with id `noteId`. May be called before mounting.
   */
  lock(values: Record<string, string>, noteId?: string): void {
    Object.assign(this.#lockedRaw, values);
    this.#lockNote = noteId;
    if (!this.#widget) return;
    this.#state = this.#withLocks(this.#state);
    writeFigureParams(this.figureId, encode(this.#widget.schema, this.#state, this.figureId));
    void this.render();
  }

  #withLocks(state: StateOf<Schema>): StateOf<Schema> {
    return this.#widget
      ? applyPatch(this.#widget.schema, state, this.#lockedRaw as Partial<StateOf<Schema>>)
      : state;
  }

  #unlocked(patch: Partial<StateOf<Schema>>): Partial<StateOf<Schema>> {
    return Object.fromEntries(Object.entries(patch).filter(([k]) => !(k in this.#lockedRaw)));
  }

  /** Disables every control of a locked key; views may re-enable their buttons when they redraw. */
  #disableLocked(): void {
    for (const key of this.lockedKeys) {
      for (const c of this.querySelectorAll<HTMLElement>(controlSelector(key))) {
        (c as HTMLInputElement).disabled = true;
        if (this.#lockNote) c.setAttribute('aria-describedby', this.#lockNote);
      }
    }
  }

  /** The current state as URL parameters (`fid.key` → text), for links such as an export's; empty until loaded. */
  get stateEntries(): [string, string][] {
    return this.#widget ? encode(this.#widget.schema, this.#state, this.figureId) : [];
  }

  /**
   * Builds the view again and redraws it, for a figure whose width changed a lot (the presenter view):
   * charts choose their drawing width once, when built (ui/chartWidth.ts). The runs belong to the figure,
   * so a training figure carries on from its current frame.
   */
  async relayout(): Promise<void> {
    const widget = this.#widget;
    const live = this.querySelector<HTMLElement>('.figure-live');
    if (!widget || !this.#view || !live || this.dataset.status !== 'ready') return;
    this.#controller?.abort();
    this.#view.destroy?.();
    live.replaceChildren();
    const dispatch = (patch: Partial<StateOf<Schema>>) => this.dispatch(patch);
    this.#view = widget.view(live, dispatch, { fid: this.figureId, schema: widget.schema, dispatch });
    await this.render();
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
      const name = this.widgetName;
      const load = await timeout(
        widgetLoader(name),
        LOAD_TIMEOUT_MS,
        `no widget called "${name}" was registered on this page`,
      );
      const widget = await timeout(load(), LOAD_TIMEOUT_MS, `the widget "${name}" did not finish loading`);
      this.#widget = widget;
      const { state, rejected } = decode(widget.schema, new URLSearchParams(location.search), this.figureId);
      this.#state = this.#withLocks(state);
      const live = this.querySelector<HTMLElement>('.figure-live');
      if (!live) throw new Error('figure markup has no .figure-live element');
      const dispatch = (patch: Partial<StateOf<Schema>>) => this.dispatch(patch);
      this.#view = widget.view(live, dispatch, { fid: this.figureId, schema: widget.schema, dispatch });
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
    // The status line describes the latest event only: a move after "reset" or "copied" clears it.
    this.say('');
    this.#state = applyPatch(this.#widget.schema, this.#state, this.#unlocked(patch));
    writeFigureParams(this.figureId, encode(this.#widget.schema, this.#state, this.figureId));
    void this.render();
  }

  /**
   * Puts the figure into the state a prose link names: the defaults plus `patch` (or, with `keep`, the
   * current state plus `patch`, for a sentence that builds on the previous one). Locked keys stay.
   */
  setState(patch: Partial<StateOf<Schema>>, options: { keep?: boolean } = {}): void {
    if (!this.#widget) return;
    this.say('');
    const base = options.keep ? this.#state : defaults(this.#widget.schema);
    this.#state = this.#withLocks(applyPatch(this.#widget.schema, base, this.#unlocked(patch)));
    writeFigureParams(this.figureId, encode(this.#widget.schema, this.#state, this.figureId));
    void this.render();
  }

  reset(): void {
    if (!this.#widget) return;
    this.#state = this.#withLocks(defaults(this.#widget.schema));
    this.#runs.disposeAll();
    writeFigureParams(this.figureId, encode(this.#widget.schema, this.#state, this.figureId));
    this.clearError();
    this.say(
      this.lockedKeys.length > 0
        ? 'Figure reset to its starting settings, except those the assignment fixes.'
        : 'Figure reset to its starting settings.',
    );
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
      this.#disableLocked();
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
      // a run's redraw may re-enable a button that sets a locked key (the induction figure's "Show the head")
      this.#disableLocked();
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
