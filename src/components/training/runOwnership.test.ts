// Who may touch a training worker, read from the source so the rule cannot erode: only
// newTrainingWorker constructs one, and no widget view starts, disposes or terminates anything itself
// (the figure element owns the runs; views draw them and pass the reader's clicks to the run).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const COMPONENTS = join(ROOT, 'src/components');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|astro)$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('training workers have one owner', () => {
  it('only trainingWorker.ts constructs a Worker', () => {
    const makers = files(COMPONENTS)
      .filter((f) => /new Worker\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(makers).toEqual(['src/components/training/trainingWorker.ts']);
  });

  it('no widget view disposes or terminates a run or keeps one in a module-level variable', () => {
    const views = files(join(COMPONENTS, 'widgets')).filter((f) => /\/(view|widget)\.ts$/.test(f));
    const offenders = views.filter((f) =>
      /\.dispose\(|\.terminate\(|^let \w+: \w*Model/m.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
