// The committed kernel bytes are what the committed AssemblyScript source compiles to: rebuilding reproduces src/engine/wasm/gemm.wasm.ts byte for byte.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGemm, OUTPUT, renderModule } from './compileGemm.ts';

describe('npm run wasm', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await compileGemm();
  });

  it('rebuilds src/engine/wasm/gemm.wasm.ts exactly from gemm.as.ts (run npm run wasm after editing the kernel)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../..', OUTPUT), 'utf8');
    expect(renderModule(bytes)).toBe(committed);
  });

  it('produces a module that uses SIMD, so validating it is the feature test', () => {
    expect(WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>)).toBe(true);
    // 0xfd is the prefix byte of every SIMD instruction; a scalar build would have none in its code.
    expect(bytes.includes(0xfd)).toBe(true);
  });
});
