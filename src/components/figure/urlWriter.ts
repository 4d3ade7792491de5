// Writes figure state into the page URL with history.replaceState, batched and throttled: dragging a
// slider produces one write per interval, not one per input event, and never a history entry.
import { isParamOf } from './stateParams.ts';

const INTERVAL_MS = 250;

const pending = new Map<string, [string, string][]>();
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWrite = 0;

function flush(): void {
  timer = undefined;
  lastWrite = Date.now();
  const url = new URL(location.href);
  for (const [prefix, entries] of pending) {
    for (const key of [...url.searchParams.keys()]) {
      if (isParamOf(key, prefix)) url.searchParams.delete(key);
    }
    for (const [k, v] of entries) url.searchParams.set(k, v);
  }
  pending.clear();
  try {
    history.replaceState(history.state, '', url);
  } catch {
    // Some embedding contexts forbid history writes; the figure still works, only links lose state.
  }
}

/** Replaces every `prefix.*` parameter with `entries` at the next write. */
export function writeFigureParams(prefix: string, entries: [string, string][]): void {
  pending.set(prefix, entries);
  if (timer !== undefined) return;
  const wait = Math.max(0, INTERVAL_MS - (Date.now() - lastWrite));
  timer = setTimeout(flush, wait);
}

/** A link to this page that carries one figure's state and scrolls to it. */
export function figureLink(prefix: string, entries: [string, string][]): string {
  const url = new URL(location.href);
  url.search = '';
  for (const [k, v] of entries) url.searchParams.set(k, v);
  url.hash = prefix;
  return url.toString();
}
