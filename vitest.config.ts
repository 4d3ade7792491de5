/// <reference types="vitest/config" />
// Unit tests: everything under src/ and tests/unit that runs in Node (the engine, widget models, build steps).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
