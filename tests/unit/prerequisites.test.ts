// "Read first" must name what a chapter builds on: every earlier chapter its prose refers to ("Chapter N"),
// and the chapter that introduces a model it builds on (n-grams are Chapter 2's, the GRU and the LSTM Chapter 5's), must be reachable
// through its prerequisites, directly or through theirs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/content/chapters/', import.meta.url);

interface Entry {
  slug: string;
  order: number;
  prerequisites: string[];
  body: string;
}

/** The two frontmatter fields this test needs, read from the YAML block (inline list or one item a line). */
function read(file: string): Entry {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const order = Number(front.match(/^order: (\d+)$/m)?.[1]);
  const inline = front.match(/^prerequisites: \[(.*)\]$/m);
  const block = front.match(/^prerequisites:\n((?: {2}- .*\n?)*)/m);
  const prerequisites = inline
    ? inline[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : (block?.[1].match(/- (.*)/g) ?? []).map((l) => l.slice(2).trim());
  return { slug: file.replace(/^\d+-|\.mdx$/g, ''), order, prerequisites, body };
}

const chapters = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map(read)
  .filter((c) => c.order < 100);
const byOrder = new Map(chapters.map((c) => [c.order, c]));
const bySlug = new Map(chapters.map((c) => [c.slug, c]));

/** Everything a reader has read after following "Read first" all the way back. */
function closure(c: Entry, seen = new Set<string>()): Set<string> {
  for (const p of c.prerequisites) {
    if (seen.has(p)) continue;
    seen.add(p);
    const next = bySlug.get(p);
    if (next) closure(next, seen);
  }
  return seen;
}

/** Words that name a model an earlier chapter introduces, and that chapter's order. */
const INTRODUCED: [RegExp, number][] = [
  [/\bn-gram/i, 2],
  [/\b(GRU|LSTM)\b/, 5],
];

describe('"Read first" names what each chapter builds on', () => {
  for (const c of chapters) {
    it(`${c.slug}: every earlier chapter it refers to or builds on is reachable through its prerequisites`, () => {
      const needed = new Set<number>();
      for (const m of c.body.matchAll(/Chapter (\d+)/g)) needed.add(Number(m[1]));
      for (const [word, order] of INTRODUCED) if (word.test(c.body)) needed.add(order);
      const reachable = closure(c);
      const missing = [...needed]
        .filter((n) => n < c.order)
        .map((n) => byOrder.get(n)?.slug as string)
        .filter((slug) => !reachable.has(slug));
      expect(
        missing,
        `${c.slug} builds on ${missing.join(', ')} but "Read first" does not lead there`,
      ).toEqual([]);
    });
  }
});
