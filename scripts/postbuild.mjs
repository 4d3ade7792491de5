// After `astro build`: index the book for search (Pagefind) and report each page's JavaScript,
// gzipped, to dist/js-budget.json (the e2e budget test holds chapters under the limit).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { budgetReport } from './jsBudget.mjs';

const dist = resolve(process.argv[2] ?? 'dist');

const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search: indexed ${added.page_count} pages`);

const report = budgetReport(dist);
writeFileSync(resolve(dist, 'js-budget.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('JavaScript per page (gzipped, including chunks loaded on demand):');
for (const r of report) console.log(`  ${(r.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${r.url}`);
