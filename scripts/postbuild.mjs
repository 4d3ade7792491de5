// After `astro build`: index the book for search (Pagefind) and report each page's JavaScript,
// gzipped, to dist/js-budget.json (the e2e budget test holds chapters under the limit), and write the
// offline service worker (serviceWorker.mjs). Each page is
// indexed with its formulas as plain text (search/plainMath.ts), not as KaTeX's three layers.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages, budgetReport } from './jsBudget.mjs';
import { siteFromEnv } from '../src/lib/siteEnv.ts';
import { plainMathHtml } from './search/plainMath.ts';
import { writeServiceWorker } from './serviceWorker.mjs';

const dist = resolve(process.argv[2] ?? 'dist');

const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) throw new Error(`pagefind: ${errors.join('; ')}`);
let pageCount = 0;
for (const [, file] of builtPages(dist)) {
  const added = await index.addHTMLFile({
    sourcePath: relative(dist, file).replaceAll('\\', '/'),
    content: plainMathHtml(readFileSync(file, 'utf8')),
  });
  if (added.errors.length > 0) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
  pageCount += 1;
}
const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search: indexed ${pageCount} pages`);

const report = budgetReport(dist, siteFromEnv(process.env).base);
writeFileSync(resolve(dist, 'js-budget.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('JavaScript per page (gzipped, including chunks loaded on demand):');
for (const r of report) console.log(`  ${(r.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${r.url}`);

// Last, so the copy holds the search index written above.
const offline = await writeServiceWorker(dist);
console.log(`offline: sw.js precaches ${offline.count} files, ${(offline.size / 1024 / 1024).toFixed(1)} MB`);
