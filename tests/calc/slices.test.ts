import { describe, expect, it } from 'vitest';
import { nextTask, runAtOnce, runInSlices } from '../../src/calc/slices';

function* steps(log: string[]): Generator<void, number> {
  for (let i = 0; i < 3; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 42;
}

describe('work in slices', () => {
  it('lets the page take its turn between slices, with the same result as at once', async () => {
    const log: string[] = [];
    const page = nextTask().then(() => log.push('page'));
    // A slice of 0 ms: every step is a slice, so the page's task runs before the work ends.
    expect(await runInSlices(steps(log), 0)).toBe(42);
    await page;
    expect(log.indexOf('page')).toBeGreaterThan(0);
    expect(log.indexOf('page')).toBeLessThan(log.length - 1);
    expect(runAtOnce(steps([]))).toBe(42);
  });
});
