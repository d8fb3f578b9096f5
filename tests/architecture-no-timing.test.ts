// House rule: no wall-clock budget inside the unit suite. A duration measured on a loaded CI
// machine fails at random (schooling-report once took 1,067 ms against 1,000); timings
// belong in `npm run bench` (scripts/bench), which measures and reports without failing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankComments, ROOT, sourceFiles } from './architecture-imports';

/** Reads of a clock that only make sense for measuring how long something took. */
const TIMER = /\bperformance\.now\s*\(|\bprocess\.hrtime\b|\bconsole\.time(?:End)?\s*\(|\bDate\.now\s*\(\s*\)\s*-(?!=)/;
/** `const start = Date.now()`: a name later subtracted is a duration too. */
const STAMP = /\b(?:const|let|var)\s+(\w+)\s*=\s*(?:Date\.now|performance\.now)\s*\(\s*\)/g;
/** An assertion that a number stays under or over a bound. */
const BOUND = /\.(?:toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual)\s*\(/;

/** Lines (1-based) where a test reads a clock for a duration, if it also asserts a bound. */
export function wallClockAssertions(source: string): number[] {
  const code = blankComments(source, { strings: true });
  if (!BOUND.test(code)) return [];
  const stamps = [...code.matchAll(STAMP)].map((m) => m[1]!);
  const since = stamps.length ? new RegExp(`-\\s*(?:${stamps.join('|')})\\b`) : null;
  return code.split('\n').flatMap((l, i) => (TIMER.test(l) || since?.test(l) ? [i + 1] : []));
}

const unitTests = sourceFiles('tests').filter(
  (f) => /\.test\.tsx?$/.test(f) && !f.startsWith('tests/e2e/') && !f.includes('/bench'),
);

describe('no wall-clock assertions in unit tests', () => {
  // The samples are files with the clocks as placeholders, filled in only here: neither this
  // file nor a fixture holds a timing assertion for a scan of the tree to find.
  const CLOCKS: Record<string, string> = { PERF_NOW: ['performance', 'now()'].join('.'), DATE_NOW: ['Date', 'now()'].join('.') };
  const sample = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/timing-samples', `${name}.txt`), 'utf8')
    .replace(/\{(PERF_NOW|DATE_NOW)\}/g, (_, k: string) => CLOCKS[k]!);

  it('catches a duration compared with a budget', () => {
    expect(wallClockAssertions(sample('budget'))).toEqual([2, 4]);
    expect(wallClockAssertions(sample('date-budget'))).toEqual([3]);
    // A clock used as a value (an import's `now`, a stored time) is not a duration.
    expect(wallClockAssertions(sample('clock-as-value'))).toEqual([]);
    // Nor is a comment or a string that talks about timing.
    expect(wallClockAssertions(sample('in-comment'))).toEqual([]);
    expect(wallClockAssertions(sample('in-string'))).toEqual([]);
  });

  it('reads every unit test file (not e2e, not bench)', () => {
    expect(unitTests.length).toBeGreaterThan(50);
    expect(unitTests).toContain('tests/forms/schooling-report.test.ts');
  });

  it('no unit test times itself against the wall clock', () => {
    const found = unitTests.flatMap((f) =>
      wallClockAssertions(readFileSync(join(ROOT, f), 'utf8')).map((line) => `${f}:${line}`));
    expect(found, `wall-clock timing in unit tests (move it to npm run bench):\n${found.join('\n')}`).toEqual([]);
  });
});
