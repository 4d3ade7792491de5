// The book's table of contents: chapters in reading order, their URLs and neighbours, built from the
// content collection. Prerequisites that name no chapter fail the build here.
import { type CollectionEntry, getCollection } from 'astro:content';
import { withBase } from '../paths.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** "03-rnns" → "rnns": file names carry the order for humans; URLs stay stable if chapters move. */
export function slugOf(chapter: Chapter): string {
  return chapter.id.replace(/^\d+-/, '');
}

export function hrefOf(chapter: Chapter): string {
  return withBase(`/chapters/${slugOf(chapter)}/`);
}

/** Appendices (order ≥ 100) are not numbered as chapters. */
export function numberOf(chapter: Chapter): string {
  return chapter.data.order >= 100
    ? String.fromCharCode(65 + chapter.data.order - 100)
    : String(chapter.data.order);
}

export function labelOf(chapter: Chapter): string {
  return chapter.data.order >= 100 ? `Appendix ${numberOf(chapter)}` : `Chapter ${numberOf(chapter)}`;
}

export async function bookChapters(): Promise<Chapter[]> {
  const showDrafts = process.env.UNROLLED_DRAFTS === '1';
  const all = await getCollection('chapters', (c) => showDrafts || !c.data.draft);
  const sorted = all.sort((a, b) => a.data.order - b.data.order);
  const orders = new Set<number>();
  const slugs = new Set(sorted.map(slugOf));
  for (const c of sorted) {
    if (orders.has(c.data.order))
      throw new Error(`${c.filePath}: order ${c.data.order} is used by two chapters`);
    orders.add(c.data.order);
    for (const p of c.data.prerequisites) {
      if (!slugs.has(p)) throw new Error(`${c.filePath}: prerequisites names "${p}", which is not a chapter`);
    }
  }
  return sorted;
}
