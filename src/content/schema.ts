// The frontmatter every chapter must carry. A violation fails `astro build` with the file and field named.
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    /** Chapter title as it appears in the sidebar, the page heading and search results. */
    title: z.string().min(3).max(80),
    /** One or two sentences for the home page and the meta description. */
    description: z.string().min(20).max(300),
    /** Position in the book: 0 is the introduction; appendices start at 100. */
    order: z.number().int().min(0).max(199),
    /** What the reader can do after the chapter; shown at its top and in the instructor's guide. */
    objectives: z.array(z.string().min(10)).min(1).max(8),
    /** Slugs of chapters to read first; each must exist (checked when pages are built). */
    prerequisites: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** Short label for the sidebar when the title is long. */
    short: z.string().max(40).optional(),
    /** What the reader will be able to try: one line per live figure, shown on the home page. */
    tryIt: z.string().min(10).max(200),
    /** A chapter still being written: built only when UNROLLED_DRAFTS=1, so the book never lists half a chapter. */
    draft: z.boolean().default(false),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
