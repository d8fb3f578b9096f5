// Runs every test (the type check, unit, then browser against a fresh build) and ends with
// one plain closing line, "N passed, N failed", summed over the runners (the type check
// counts as one test).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * Runs one stage in its own process group and kills the whole group when it overruns: a test
 * stuck in a synchronous loop cannot be timed out by its runner, and CI must always end with
 * the closing line rather than be cut off with nothing said.
 */
const run = (cmd, args, minutes, extra = {}) =>
  new Promise((done) => {
    const child = spawn(cmd, args, { stdio: 'inherit', detached: true, env: { ...env, ...extra } });
    const timer = setTimeout(() => {
      console.error(`\ntest-all: "${cmd} ${args.join(' ')}" ran over ${minutes} minutes; stopped`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, minutes * 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done(code ?? 1);
    });
  });

const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
const readJson = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};

// The type check: `astro sync` writes the types of astro: modules, then the compiler checks
// src/ and tests/ without emitting. One test, passed or failed.
const syncStatus = await run('npx', ['astro', 'sync'], 3);
const typeStatus = syncStatus === 0 ? await run('npx', ['tsc', '--noEmit'], 5) : 1;
if (typeStatus === 0) counts.passed += 1;
else {
  counts.failed += 1;
  console.error('\ntest-all: type check (astro sync && tsc --noEmit) failed');
}

const unitStatus = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`], 20);
const unit = readJson(`${out}/unit.json`);
if (unit) {
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
  counts.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else counts.failed += 1;

const buildStatus = await run('npm', ['run', 'build'], 15);
let e2eStatus = 1;
if (buildStatus === 0) {
  e2eStatus = await run('npx', ['playwright', 'test', '--reporter=list,json'], 40, { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/e2e.json` });
  const e2e = readJson(`${out}/e2e.json`);
  if (e2e) {
    counts.passed += e2e.stats.expected + e2e.stats.flaky;
    counts.failed += e2e.stats.unexpected;
    counts.skipped += e2e.stats.skipped;
    counts.flaky += e2e.stats.flaky;
  } else counts.failed += 1;
} else counts.failed += 1;

const ok = typeStatus === 0 && unitStatus === 0 && buildStatus === 0 && e2eStatus === 0 && counts.failed === 0;
const flaky = counts.flaky ? ` (${counts.flaky} flaky: passed only when retried, see "flaky" above)` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${flaky}`);
process.exit(ok ? 0 : 1);
