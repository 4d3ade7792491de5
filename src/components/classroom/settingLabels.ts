// What the assignment builder needs to speak the figures' language: each figure's widget (from the
// chapter's <XFigure id="…"> tags), each widget's control labels (from the label its view gives each
// state key), and the figure settings an exercise needs (its `needs={{…}}`, or a prediction's `set={{…}}`).
// Read from the source at build time so they cannot drift from the figures. Pure.

/** fid → widget folder: `<GradientFlowFigure id="gradient-flow">` → "gradient-flow". */
export function figureWidgets(mdx: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of mdx.matchAll(/<([A-Z][A-Za-z0-9]*)Figure\b[^>]*\sid="([^"]+)"/g)) {
    out[m[2]] = m[1].replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  }
  return out;
}

const CONTROL =
  /\b(?:slider|seedSlider|choice|radioGroup|checkbox|textField)\(\s*[\w.]+,\s*ctx,\s*'(\w+)',\s*\{\s*label:\s*(['"`])([^'"`]+)\2/g;

/** state key → the words its control shows, from a widget's view source; keys with no literal label are absent. */
export function controlLabels(viewSource: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of viewSource.matchAll(CONTROL)) out[m[1]] ??= m[3];
  // The shared context controls (ui/contextControls.ts) take their labels as options for keys text and top.
  if (/\bcontextControls\(/.test(viewSource)) {
    const text = /\btextLabel:\s*'([^']+)'/.exec(viewSource)?.[1];
    const top = /\btopLabel:\s*'([^']+)'/.exec(viewSource)?.[1];
    if (text) out.text ??= text;
    if (top) out.top ??= top;
  }
  return out;
}

/**
 * The settings in an object literal as MDX writes them, `{{ steps: 30, act: 'tanh' }}`, as URL-style
 * strings; undefined if there is no such attribute.
 */
export function literalSettings(attrText: string, name: string): Record<string, string> | undefined {
  const m = new RegExp(`\\b${name}=\\{\\{([^}]*)\\}\\}`).exec(attrText);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const f of m[1].matchAll(/(\w+)\s*:\s*(?:'([^']*)'|"([^"]*)"|([-+\w.]+))/g))
    out[f[1]] = f[2] ?? f[3] ?? f[4];
  return out;
}

/** Two setting values agree: as numbers when both are numbers ("30" and "30.0"), else as text. */
export function sameSetting(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x === y;
  return a === b;
}
