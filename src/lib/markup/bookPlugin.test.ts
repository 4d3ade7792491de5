import { mdxToJs } from 'satteri';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bookPlugin } from './bookPlugin.ts';

function compile(source: string): string {
  return mdxToJs(source, { mdastPlugins: [bookPlugin], features: { math: true } }).code;
}

/** The text of the first TeX annotation in compiled code: its children, one string or several. */
function texAnnotation(code: string): string {
  const body = /x-tex",\s*children: ([^)]*?)\s*\}\)/.exec(code)?.[1] ?? '""';
  const strings = [...body.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => JSON.parse(m[0]) as string);
  return strings.join('').trim();
}

describe('bookPlugin', () => {
  it('renders inline and display math with KaTeX at build time', () => {
    const code = compile('Inline $a^2$.\n\n$$\nb = 1\n$$\n');
    expect(code).toContain('katex');
    expect(code).not.toContain('math-inline');
  });

  it('numbers display equations and anchors them by label', () => {
    const code = compile('$$\na\n$$\n\n$$\nb \\label{bee}\n$$\n');
    expect(code).toContain('"eq-n1"');
    expect(code).toContain('"eq-bee"');
    expect(code).toContain('"(2)"');
  });

  it('gives each figure its number and each reference its target', () => {
    const code = compile('<AFigure id="one" />\n\n<BFigure id="two" />\n\nSee <Ref to="fig:two" />.\n');
    expect(code).toMatch(/id: "two",\s*n: "2"/);
    expect(code).toMatch(/to: "fig:two",\s*href: "#two",\s*text: "Figure 2"/);
  });

  // The raw HTML a plugin returns is read back as Markdown text, where a backslash before punctuation is an
  // escape: KaTeX's TeX annotation (what screen readers, copy and search get) lost the `\` of `\,`.
  it.each([
    ['display', '$$\nW_{hh}\\, h \\; x \\! y \\{z\\} \\backslash\n$$\n'],
    ['inline', 'Inline $W_{hh}\\, h \\; x \\! y \\{z\\} \\backslash$.\n'],
  ])('keeps every backslash of %s math in its TeX annotation', (_kind, source) => {
    expect(texAnnotation(compile(source))).toBe('W_{hh}\\, h \\; x \\! y \\{z\\} \\backslash');
  });

  it('fails on a reference to nothing', () => {
    expect(() => compile('See <Ref to="eq:missing" />.\n')).toThrow('no equation labelled "missing"');
  });

  it('fails on TeX that KaTeX cannot render, quoting it', () => {
    expect(() => compile('Bad $\\frac{1$ math.\n')).toThrow(/KaTeX cannot render/);
  });

  describe('links from the book root', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    async function compileAt(base: string, source: string): Promise<string> {
      vi.stubEnv('BASE', base);
      vi.resetModules();
      const { bookPlugin: atBase } = await import('./bookPlugin.ts');
      return mdxToJs(source, { mdastPlugins: [atBase], features: { math: true } }).code;
    }

    it('puts a Markdown link to another chapter under the build base path', async () => {
      const code = await compileAt(
        '/course/unrolled/',
        'See [Chapter 4](/chapters/vanishing-gradients/#x).\n',
      );
      expect(code).toContain('"/course/unrolled/chapters/vanishing-gradients/#x"');
    });

    it('leaves links at the root, to other hosts and to anchors as written', async () => {
      const code = await compileAt('/', '[a](/glossary/) [b](https://example.org/x) [c](#here)\n');
      expect(code).toContain('"/glossary/"');
      expect(code).toContain('"https://example.org/x"');
      expect(code).toContain('"#here"');
    });
  });
});
