// The runs one figure owns, keyed by their settings: a render asks for the runs its state needs (the same
// key reuses the running run), and every run no render asks for any more is disposed, workers and all.
import { FigureRun, type FigureRunOptions, type RunPart } from './figureRun.ts';

/** What a widget's model receives to ask for a run. */
export interface Runs {
  /**
   * The run for `key` (a string naming every setting the run depends on): the figure's existing run if it
   * has one, else a new one whose parts `open` makes.
   */
  get<P extends RunPart>(key: string, open: () => P[]): FigureRun<P>;
}

/** A Runs handle for one render, remembering which keys that render asked for. */
export interface RenderRuns extends Runs {
  readonly keys: ReadonlySet<string>;
}

export class FigureRuns {
  readonly #runs = new Map<string, FigureRun<RunPart>>();
  readonly #onChange: (statusChanged: boolean) => void;
  readonly #now: FigureRunOptions['now'];
  #away = false;

  constructor(onChange: (statusChanged: boolean) => void = () => {}, now?: () => number) {
    this.#onChange = onChange;
    this.#now = now;
  }

  /** How many runs the figure holds now. */
  get size(): number {
    return this.#runs.size;
  }

  all(): FigureRun<RunPart>[] {
    return [...this.#runs.values()];
  }

  /** A handle for one render; pass it to `keepOnly` once that render's model is drawn. */
  forRender(): RenderRuns {
    const keys = new Set<string>();
    return {
      keys,
      get: <P extends RunPart>(key: string, open: () => P[]): FigureRun<P> => {
        keys.add(key);
        const known = this.#runs.get(key);
        if (known && !known.disposed) return known as unknown as FigureRun<P>;
        const run = new FigureRun(key, open, { now: this.#now, away: this.#away });
        run.onChange((changed) => this.#onChange(changed));
        this.#runs.set(key, run as unknown as FigureRun<RunPart>);
        return run;
      },
    };
  }

  /** Disposes every run the drawn render did not ask for (its settings changed). */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const [key, run] of this.#runs) {
      if (keys.has(key)) continue;
      run.dispose();
      this.#runs.delete(key);
    }
  }

  /** Disposes every run: on reset, navigation and removal. */
  disposeAll(): void {
    this.keepOnly(new Set());
  }

  /** Holds every run (and every run started from now on) while the figure is away, and lets them go on after. */
  setAway(away: boolean): void {
    this.#away = away;
    for (const run of this.#runs.values()) run.setAway(away);
  }
}
