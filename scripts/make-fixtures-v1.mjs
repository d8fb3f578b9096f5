// Writes tests/fixtures/v1/ (expected.json, dexie.json, backup.json, xlsx/) with the current
// code, through vitest (the generator is TypeScript and uses fake-indexeddb). On demand only:
// the files are committed and frozen, and tests/fixtures/v1/v1.test.ts reads their bytes.
// Running it again rewrites the v1 fixtures: do that only while v1 is the current version.
import { startVitest } from 'vitest/node';

const vitest = await startVitest('test', [], {
  run: true,
  watch: false,
  include: ['tests/fixtures/v1/generate.gen.ts'],
});
await vitest?.close();
process.exit(vitest?.state.getCountOfFailedTests() ? 1 : 0);
