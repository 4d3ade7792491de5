// Maps a widget name to a lazy loader. Each widget's .astro file registers itself, so a page bundles
// only the widgets it shows, and each widget's code loads when its figure scrolls near.
import type { AnyWidget } from './widget.ts';

type Loader = () => Promise<AnyWidget>;

const loaders = new Map<string, Loader>();
const waiting = new Map<string, ((l: Loader) => void)[]>();

export function registerWidget(name: string, loader: Loader): void {
  loaders.set(name, loader);
  for (const resolve of waiting.get(name) ?? []) resolve(loader);
  waiting.delete(name);
}

/** Resolves once the widget has registered (scripts may run in any order). */
export function widgetLoader(name: string): Promise<Loader> {
  const known = loaders.get(name);
  if (known) return Promise.resolve(known);
  return new Promise((resolve) => {
    const list = waiting.get(name) ?? [];
    list.push(resolve);
    waiting.set(name, list);
  });
}
