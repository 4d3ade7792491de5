// The Sätteri mdast plugin that turns a chapter's source into book typography at build time:
// KaTeX math (inline and display), numbered equations with anchors, figure numbers and resolved
// cross-references. Numbers come from scanChapter, so the page and its reference list agree. Links from
// the book's root ([…](/chapters/…)) are put under the build's base path.
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import { defineMdastPlugin } from 'satteri';
import { joinBase } from '../paths.ts';
import { siteFromEnv } from '../siteEnv.ts';
import { type ChapterScan, resolveRef, scanChapter } from './scanChapter.ts';

/** The base path of this build (BASE), which a Markdown link to another page of the book must carry. */
const BASE = siteFromEnv(process.env).base;

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}

interface BookData {
  scan?: ChapterScan;
  displayCount?: number;
}

function where(fileURL: URL | undefined): string {
  return fileURL ? fileURLToPath(fileURL) : '(unknown file)';
}

/**
 * The raw HTML a plugin returns is read back as Markdown text, where `\,` `\;` `\!` `\{` `\\` are escapes
 * that drop their backslash: KaTeX's TeX annotation (what copy, screen readers and search get) showed
 * `W_{hh}, h` for `W_{hh}\, h`. As a character reference the backslash survives and decodes to itself.
 */
function escapeBackslashes(html: string): string {
  return html.replaceAll('\\', '&#92;');
}

function tex(source: string, displayMode: boolean, file: string): string {
  try {
    // throwOnError: a typo in TeX must fail the build, not ship red error text to readers.
    const html = katex.renderToString(source, { displayMode, throwOnError: true, output: 'htmlAndMathml' });
    return escapeBackslashes(html);
  } catch (error) {
    throw new Error(`${file}: KaTeX cannot render "${source.trim()}": ${(error as Error).message}`);
  }
}

function attr(name: string, value: string): JsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function stringAttr(attributes: readonly unknown[], name: string): string | undefined {
  for (const a of attributes as JsxAttribute[]) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

export const bookPlugin = defineMdastPlugin({
  name: 'unrolled-book',
  before(_root, ctx) {
    const data = ctx.data as BookData;
    try {
      data.scan = scanChapter(ctx.source);
    } catch (error) {
      throw new Error(`${where(ctx.fileURL)}: ${(error as Error).message}`);
    }
    data.displayCount = 0;
    const scan = data.scan;
    for (const to of scan.refs) {
      const r = resolveRef(scan, to);
      if ('error' in r) throw new Error(`${where(ctx.fileURL)}: <Ref to="${to}">: ${r.error}`);
    }
  },
  inlineMath(node, ctx) {
    return { raw: tex(node.value, false, where(ctx.fileURL)), mdxExpressions: false };
  },
  math(node, ctx) {
    const data = ctx.data as BookData;
    data.displayCount = (data.displayCount ?? 0) + 1;
    const k = data.displayCount;
    const label = /\\label\{([^}]+)\}/.exec(node.value)?.[1] ?? `n${k}`;
    const n = data.scan?.equations.get(label) ?? k;
    const body = tex(node.value.replace(/\\label\{[^}]+\}/, ''), true, where(ctx.fileURL));
    const id = `eq-${label}`;
    return {
      raw: `<div class="equation" id="${id}"><div class="equation-body">${body}</div><a class="equation-number" href="#${id}" aria-label="Equation ${n}">(${n})</a></div>`,
      mdxExpressions: false,
    };
  },
  link(node) {
    // [Chapter 4](/chapters/vanishing-gradients/) is written from the book's root; a class's copy may live in a folder.
    if (!node.url.startsWith('/') || node.url.startsWith('//')) return undefined;
    return { ...node, url: joinBase(BASE, node.url) };
  },
  mdxJsxFlowElement(node, ctx) {
    const scan = (ctx.data as BookData).scan;
    if (!scan || !node.name?.endsWith('Figure')) return undefined;
    const id = stringAttr(node.attributes, 'id');
    const n = id ? scan.figures.get(id) : undefined;
    if (n === undefined) return undefined;
    return { ...node, attributes: [...node.attributes, attr('n', String(n))] } as typeof node;
  },
  mdxJsxTextElement(node, ctx) {
    const scan = (ctx.data as BookData).scan;
    if (!scan || node.name !== 'Ref') return undefined;
    const to = stringAttr(node.attributes, 'to') ?? '';
    const r = resolveRef(scan, to);
    if ('error' in r) throw new Error(`${where(ctx.fileURL)}: <Ref to="${to}">: ${r.error}`);
    return {
      ...node,
      attributes: [...node.attributes, attr('href', r.href), attr('text', r.text)],
    } as typeof node;
  },
});
