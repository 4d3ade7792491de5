// Every exercise in the book, gathered at build time from the chapters' MDX (the content collection),
// with its chapter, number and link. The instructor's pages and the sidebar read this list.
import { type Chapter, hrefOf, labelOf, slugOf } from '../../lib/book/chapters.ts';
import { resolveRef, scanChapter } from '../../lib/markup/scanChapter.ts';
import { type ScannedExercise, scanExercises } from './scanExercises.ts';

export interface CatalogEntry extends ScannedExercise {
  chapter: string;
  chapterTitle: string;
  chapterLabel: string;
  /** Link to the exercise in its chapter. */
  href: string;
  /** "Figure 2" for the figure the exercise drives. */
  figureLabel?: string;
  /** The source with <Ref to="…" /> written out as "Figure 2" or "Equation (1)", for pages outside the chapter. */
  plainSource: string;
}

const scans = new Map<string, ScannedExercise[]>();

export function exercisesOf(chapter: Chapter): ScannedExercise[] {
  let found = scans.get(chapter.id);
  if (!found) {
    found = scanExercises(chapter.body ?? '', chapter.filePath ?? chapter.id);
    scans.set(chapter.id, found);
  }
  return found;
}

export function exerciseCatalog(chapters: Chapter[]): CatalogEntry[] {
  return chapters.flatMap((c) => {
    const scan = scanChapter(c.body ?? '');
    const ref = (to: string) => {
      const r = resolveRef(scan, to);
      return 'text' in r ? r.text : to;
    };
    return exercisesOf(c).map((e) => ({
      ...e,
      figureLabel: e.figure ? ref(`fig:${e.figure}`) : undefined,
      plainSource: e.source.replace(/<Ref\s+to="([^"]+)"\s*\/>/g, (_m, to: string) => ref(to)),
      chapter: slugOf(c),
      chapterTitle: c.data.title,
      chapterLabel: labelOf(c),
      href: `${hrefOf(c)}#ex-${e.id}`,
    }));
  });
}
