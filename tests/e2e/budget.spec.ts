// The JavaScript budget: every chapter's scripts, including chunks its figures load on demand, stay under
// 150 KB gzipped. Data files fetched on demand are not JavaScript and are not counted.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { overBudget } from './support/budget.ts';

test('every chapter stays under 150 KB of gzipped JavaScript', () => {
  const report = JSON.parse(readFileSync(`${process.env.UNROLLED_OUT_DIR ?? 'dist'}/js-budget.json`, 'utf8'));
  const chapters = report.filter((r: { url: string }) => r.url.startsWith('/chapters/'));
  expect(chapters.length).toBeGreaterThan(0);
  for (const r of chapters) console.log(`${(r.gzipBytes / 1024).toFixed(1)} KB  ${r.url}`);
  expect(overBudget(report)).toEqual([]);
});
