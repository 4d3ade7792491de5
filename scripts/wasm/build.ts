// npm run wasm: compiles src/engine/wasm/gemm.as.ts with AssemblyScript and rewrites src/engine/wasm/gemm.wasm.ts.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileGemm, OUTPUT, renderModule } from './compileGemm.ts';

const bytes = await compileGemm();
writeFileSync(resolve(import.meta.dirname, '../..', OUTPUT), renderModule(bytes));
console.log(`wasm: wrote ${OUTPUT} (${bytes.length} bytes of wasm)`);
