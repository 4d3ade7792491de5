// Content collections: the book's chapters (MDX). UNROLLED_CHAPTERS lets the build-error test point the
// collection at a fixture folder with a broken chapter, without touching the real book.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './content/schema.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.UNROLLED_CHAPTERS ?? './src/content/chapters' }),
  schema: chapterSchema,
});

export const collections = { chapters };
