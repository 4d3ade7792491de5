// The layering rules, read from the source's own imports so they cannot erode unnoticed: a widget
// folder never imports another widget's folder, and the engine imports nothing outside itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WIDGETS = join(ROOT, 'src/components/widgets');
const ENGINE = join(ROOT, 'src/engine');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|astro|mjs|js)$/.test(name) ? [p] : [];
  });
}

/** Every relative import of a file, resolved to an absolute path (static, dynamic and `new URL(…)`). */
function relativeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs = [
    ...src.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g),
  ].map((m) => m[1]);
  return specs.map((s) => resolve(dirname(file), s));
}

function widgetOf(path: string): string | undefined {
  const r = relative(WIDGETS, path);
  if (r.startsWith('..')) return undefined;
  return r.split(sep)[0];
}

describe('layer boundaries', () => {
  it('no widget folder imports another widget folder', () => {
    const violations: string[] = [];
    for (const file of files(WIDGETS)) {
      const own = widgetOf(file);
      for (const target of relativeImports(file)) {
        const other = widgetOf(target);
        if (other !== undefined && other !== own)
          violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the engine imports nothing outside src/engine', () => {
    const violations: string[] = [];
    for (const file of files(ENGINE)) {
      for (const target of relativeImports(file)) {
        if (relative(ENGINE, target).startsWith('..'))
          violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the check itself sees a forbidden import (a widget reaching into a sibling)', () => {
    const fake = join(WIDGETS, 'a/view.ts');
    const target = resolve(dirname(fake), '../b/model.ts');
    expect(widgetOf(fake)).toBe('a');
    expect(widgetOf(target)).toBe('b');
  });
});
