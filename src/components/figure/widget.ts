// The contract between a figure and its widget: typed state, a pure model, and a D3 view.
// Data flows one way: URL ⇄ state → model(state) → view.update(model); the view dispatches patches.
import type { Runs } from '../training/figureRuns.ts';
import type { Schema, StateOf } from './stateSchema.ts';

export interface WidgetView<S extends Schema, M> {
  /** Draws the model. Called after every state change whose model finished, and again as its runs report. */
  update(model: M, state: StateOf<S>): void;
  destroy?(): void;
}

export type Dispatch<S extends Schema> = (patch: Partial<StateOf<S>>) => void;

/**
 * What a view needs to build its controls from the schema (see ui/controls.ts): the figure's id (control
 * ids are `<fid>-<key>`), the schema (bounds, options) and the dispatch every control sends its patch to.
 */
export interface ViewContext<S extends Schema> {
  fid: string;
  schema: S;
  dispatch: Dispatch<S>;
}

export interface Widget<S extends Schema, M> {
  schema: S;
  /**
   * Pure: settings → what to draw. May be async (loads data); `signal` aborts stale work. A training
   * figure asks `runs` for its run by a key naming the run's settings: the figure element owns the runs,
   * reuses one while its key is asked for and disposes it (workers included) once it is not.
   */
  model(state: StateOf<S>, signal: AbortSignal, runs: Runs): M | Promise<M>;
  /** Builds the DOM inside `root` once; never calls the engine. */
  view(root: HTMLElement, dispatch: Dispatch<S>, context: ViewContext<S>): WidgetView<S, M>;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds widgets of every state and model type.
export type AnyWidget = Widget<any, any>;
