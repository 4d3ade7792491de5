// Reads corpus assets from a directory, for Node tests and scripts (the page uses fetchAssetReader instead).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssetReader } from '../../src/lib/text/corpusAssets.ts';

export function diskAssetReader(dir: string): AssetReader {
  return async (name) => new Uint8Array(await readFile(join(dir, name)));
}
