// A figure names its widget once: the Figure's `widget=` and the script's registerWidget(…) both read the
// constant its folder exports, so they cannot differ (a mismatch used to leave the figure on "loading").
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WIDGETS = resolve(import.meta.dirname, '../../src/components/widgets');

const figures = readdirSync(WIDGETS).flatMap((dir) =>
  readdirSync(join(WIDGETS, dir))
    .filter((f) => f.endsWith('Figure.astro'))
    .map((f) => ({ dir, file: join(WIDGETS, dir, f), src: readFileSync(join(WIDGETS, dir, f), 'utf8') })),
);

describe('widget names', () => {
  it('no figure writes its widget name as a string literal', () => {
    const literal = figures.filter(
      ({ src }) => /\swidget="/.test(src) || /registerWidget\(\s*['"`]/.test(src),
    );
    expect(literal.map((f) => f.file)).toEqual([]);
  });

  it('every live figure mounts and registers the same constant, exported by its own state.ts', () => {
    for (const { dir, src } of figures) {
      if (!src.includes('registerWidget')) continue;
      const mounted = /\swidget=\{(\w+)(?:\([^)]*\))?\}/.exec(src)?.[1];
      const registered = /registerWidget\(\s*(\w+)/.exec(src)?.[1];
      expect(mounted, dir).toBeDefined();
      expect(registered, dir).toBe(mounted);
      const state = readFileSync(join(WIDGETS, dir, 'state.ts'), 'utf8');
      expect(state, dir).toMatch(new RegExp(`export (const|function) ${mounted}\\b`));
    }
  });

  it('each widget name is its folder name, so two folders cannot share one', () => {
    for (const { dir } of figures) {
      const state = (() => {
        try {
          return readFileSync(join(WIDGETS, dir, 'state.ts'), 'utf8');
        } catch {
          return '';
        }
      })();
      const name = /export const widgetName = '([^']+)'/.exec(state)?.[1];
      if (name) expect(name).toBe(dir);
    }
  });
});
