// The figures of the built book, found in the built chapter pages themselves (not a hand-written list):
// every <book-figure> on every page under dist/chapters/, so a figure is covered the day it is added.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuiltFigure {
  /** The chapter's slug (its folder under /chapters/). */
  chapter: string;
  url: string;
  fid: string;
  widget: string;
}

const DIST = resolve(import.meta.dirname, '../../..', process.env.UNROLLED_OUT_DIR ?? 'dist');

/** Chapter slugs (folders of dist/chapters holding a page), sorted by name. */
export function builtChapters(): string[] {
  const dir = join(DIST, 'chapters');
  if (!existsSync(dir)) throw new Error(`no built chapters at ${dir}: run npm run build first`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

export function builtFigures(): BuiltFigure[] {
  return builtChapters().flatMap((chapter) => {
    const html = readFileSync(join(DIST, 'chapters', chapter, 'index.html'), 'utf8');
    return [...html.matchAll(/<book-figure\b([^>]*)>/g)].map((m) => {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? '';
      return { chapter, url: `/chapters/${chapter}/`, fid: attr('fid'), widget: attr('widget') };
    });
  });
}

/** The prose links of a built chapter in reading order: figure id, the settings named, and `keep`. */
export function builtStateLinks(
  chapter: string,
): { fid: string; set: Record<string, unknown>; keep: boolean }[] {
  const html = readFileSync(join(DIST, 'chapters', chapter, 'index.html'), 'utf8');
  return [...html.matchAll(/<a\b[^>]*\bdata-state-link="([^"]*)"[^>]*>/g)].map((m) => {
    const json = /\bdata-state="([^"]*)"/.exec(m[0])?.[1] ?? '{}';
    const set = JSON.parse(json.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
    return { fid: m[1], set, keep: /\bdata-state-keep\b/.test(m[0]) };
  });
}
