// The layering rules, read from the source's own imports and exports so they cannot erode unnoticed: a widget
// folder never imports another widget's folder; the engine imports nothing outside itself and exports no
// task; the book's tasks (and the examples built on them) reach the engine only through its public index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import * as tasks from '../../src/tasks/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WIDGETS = join(ROOT, 'src/components/widgets');
const ENGINE = join(ROOT, 'src/engine');
const ENGINE_INDEX = join(ENGINE, 'index.ts');
const TASKS = join(ROOT, 'src/tasks');
const EXAMPLES = join(ROOT, 'src/examples');

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

  it('the engine index exports no task: no task definition, registry of tasks or task data', () => {
    // src/tasks re-exports the engine's Trainer and serveTrainer bound to the book's tasks; every other
    // name it exports is task code and must not also come from the engine.
    const bound = new Set(['Trainer', 'serveTrainer']);
    const taskNames = Object.keys(tasks).filter((name) => !bound.has(name));
    expect(taskNames.length).toBeGreaterThan(10);
    expect(taskNames.filter((name) => name in engine)).toEqual([]);
    const taskLike = Object.entries(engine)
      .filter(([, value]) => {
        if (value instanceof engine.TaskRegistry) return true;
        const v = value as { create?: unknown; defaults?: unknown } | null;
        return typeof v === 'object' && v !== null && typeof v.create === 'function' && 'defaults' in v;
      })
      .map(([name]) => name);
    expect(taskLike).toEqual([]);
  });

  it('the tasks and the examples reach the engine only through its public index', () => {
    const violations: string[] = [];
    for (const file of [...files(TASKS), ...files(EXAMPLES)]) {
      for (const target of relativeImports(file)) {
        const inEngine = !relative(ENGINE, target).startsWith('..');
        if (inEngine && target !== ENGINE_INDEX)
          violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
    expect(files(TASKS).some((f) => relativeImports(f).includes(ENGINE_INDEX))).toBe(true);
  });

  it('the check itself sees a forbidden import (a widget reaching into a sibling)', () => {
    const fake = join(WIDGETS, 'a/view.ts');
    const target = resolve(dirname(fake), '../b/model.ts');
    expect(widgetOf(fake)).toBe('a');
    expect(widgetOf(target)).toBe('b');
  });
});
