// The book must work under any base path (BASE), so no page, component or script may name an internal
// URL from the domain's root: every one goes through withBase (src/lib/paths.ts). This reads the source
// and fails on a root-relative URL that bypasses it, so `href="/glossary/"` cannot come back unnoticed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
// The helper itself, tests (which name paths to check them), and the generated WebAssembly module (base64,
// whose '/' are data).
const EXEMPT = [/^src\/lib\/paths\.ts$/, /\.test\.ts$/, /__tests__\//, /^src\/engine\/wasm\/gemm\.wasm\.ts$/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|astro|mjs|js|mdx)$/.test(name) ? [p] : [];
  });
}

/**
 * Root-relative URLs in one file's text, quoted ('/x', "/x", `/x`). Markdown links in chapters ([a](/x))
 * are left to the book plugin, which puts them under the base path (bookPlugin.test.ts).
 */
function rootPaths(text: string): string[] {
  const code = text
    // Comments may show a path as an example; only code and markup ship.
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // Paths handed to the helper are what the rule asks for.
    .replace(/\b(?:withBase|joinBase)\(\s*(['"`])\/[^'"`]*\1/g, '');
  return [...code.matchAll(/(['"`])(\/(?!\/)[A-Za-z_.][^'"`\s]*)\1/g)].map((m) => m[2]);
}

describe('internal URLs carry the base path', () => {
  it('the detector finds the shapes a root path takes in this book', () => {
    expect(rootPaths(`<a href="/glossary/">`)).toEqual(['/glossary/']);
    expect(rootPaths('link.href = `/assignment/?a=` + code;')).toEqual(['/assignment/?a=']);
    expect(rootPaths(`const base = '/pagefind/';`)).toEqual(['/pagefind/']);
    expect(rootPaths(`<img src='/favicon.svg'>`)).toEqual(['/favicon.svg']);
    expect(rootPaths(`href={withBase('/glossary/')} fetch(withBase(\`/data/\${f}\`))`)).toEqual([]);
    expect(rootPaths(`// e.g. '/chapters/rnns/'\nconst re = /^\\/chapters\\//;`)).toEqual([]);
    expect(rootPaths('body.matchAll(/<Choice value="([^"]+)"/g)')).toEqual([]);
    expect(rootPaths(`"https://example.com/x" '//cdn.example/x' '#anchor' './local.ts'`)).toEqual([]);
  });

  it('no file under src names an internal URL from the domain root', () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(ROOT, file).replaceAll('\\', '/');
      if (EXEMPT.some((re) => re.test(rel))) continue;
      for (const path of rootPaths(readFileSync(file, 'utf8'))) found.push(`${rel}: ${path}`);
    }
    expect(found, 'use withBase(path) from src/lib/paths.ts').toEqual([]);
  });
});
