// Reads a chapter's MDX source once and numbers what the reader sees numbered: figures, display
// equations and citations. Both the Markdown plugin (which writes the numbers into the page) and the
// chapter layout (which lists references) call it, so the two can never disagree.

export interface ChapterScan {
  /** figure id → 1-based number, in source order */
  figures: Map<string, number>;
  /** equation label → 1-based number; unlabelled display equations get `n<k>` labels */
  equations: Map<string, number>;
  /** citation keys in order of first citation */
  citations: string[];
  /** every `<Ref to="…">` target, for the dangling-reference check */
  refs: string[];
}

// A figure is any JSX element whose tag ends in "Figure" and that carries an id="…" attribute.
const FIGURE = /<([A-Z][A-Za-z0-9]*Figure)\b[^>]*?\bid="([^"]+)"/g;
// Display math: $$ … $$ spanning lines; the label is \label{…} inside it.
const DISPLAY_MATH = /^\s*\$\$([\s\S]*?)\$\$/gm;
const LABEL = /\\label\{([^}]+)\}/;
const CITE = /<Cite\b[^>]*?\bk="([^"]+)"/g;
const REF = /<Ref\b[^>]*?\bto="([^"]+)"/g;

/** Removes fenced code blocks so examples of the syntax inside code are not counted. */
function withoutCode(source: string): string {
  return source.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
}

export function scanChapter(source: string): ChapterScan {
  const text = withoutCode(source);
  const figures = new Map<string, number>();
  for (const m of text.matchAll(FIGURE)) {
    const id = m[2];
    if (figures.has(id)) throw new Error(`figure id "${id}" is used twice`);
    figures.set(id, figures.size + 1);
  }
  const equations = new Map<string, number>();
  let k = 0;
  for (const m of text.matchAll(DISPLAY_MATH)) {
    k += 1;
    const label = LABEL.exec(m[1])?.[1] ?? `n${k}`;
    if (equations.has(label)) throw new Error(`equation label "${label}" is used twice`);
    equations.set(label, k);
  }
  const citations: string[] = [];
  for (const m of text.matchAll(CITE)) {
    for (const key of m[1].split(',').map((s) => s.trim())) {
      if (key && !citations.includes(key)) citations.push(key);
    }
  }
  const refs = [...text.matchAll(REF)].map((m) => m[1]);
  return { figures, equations, citations, refs };
}

/** Resolves a `<Ref to>` target ("fig:id" or "eq:label") to its anchor and display text. */
export function resolveRef(
  scan: ChapterScan,
  to: string,
): { href: string; text: string } | { error: string } {
  const [kind, ...rest] = to.split(':');
  const name = rest.join(':');
  if (kind === 'fig') {
    const n = scan.figures.get(name);
    return n === undefined
      ? { error: `no figure with id "${name}"` }
      : { href: `#${name}`, text: `Figure ${n}` };
  }
  if (kind === 'eq') {
    const n = scan.equations.get(name);
    return n === undefined
      ? { error: `no equation labelled "${name}"` }
      : { href: `#eq-${name}`, text: `Equation (${n})` };
  }
  return { error: `reference "${to}" must start with "fig:" or "eq:"` };
}
