// Marks an element as a control of figure settings: `data-state-key` (a space-separated list, so one
// button may set several keys), `data-state-label` (the words the lock note and the builder use), and the
// stable id `<fid>-<key>`. Every control built from a schema goes through here, so locking, prose links,
// presets and tests find every control of a key with one selector and no per-widget code.

/** The id of a key's control: `<fid>-<key>`, or `<fid>-<key>-<part>` for a second control of the key. */
export function controlId(fid: string, key: string, part?: string): string {
  return part ? `${fid}-${key}-${part}` : `${fid}-${key}`;
}

/** CSS selector for every control of `key` inside a figure. */
export function controlSelector(key: string): string {
  return `[data-state-key~="${key}"]`;
}

/** Tags `el` as a control of `keys` with a human label; returns it for chaining. */
export function bindState<E extends Element>(el: E, keys: string | readonly string[], label: string): E {
  const list = typeof keys === 'string' ? [keys] : keys;
  el.setAttribute('data-state-key', list.join(' '));
  el.setAttribute('data-state-label', label);
  return el;
}
