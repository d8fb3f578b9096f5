import { defineConfig } from 'vitest/config';
import appWorkerChunk from './scripts/app-worker-chunk.mjs';

export default defineConfig({
  plugins: [appWorkerChunk()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
