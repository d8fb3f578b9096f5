import { describe, expect, it } from 'vitest';
import { makeRng, randomIsoDate, shuffle } from './prng';

// The property tests are only as good as their generator, so it is checked too.
describe('makeRng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = makeRng(42);
    const b = makeRng(42);
    const c = makeRng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('int covers the whole inclusive range and nothing outside it', () => {
    const rng = makeRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(3, 8);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(8);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('randomIsoDate stays within bounds and yields well-formed dates', () => {
    const rng = makeRng(9);
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2000, 11, 31);
    for (let i = 0; i < 500; i++) {
      const s = randomIsoDate(rng, from, to);
      expect(s).toMatch(/^2000-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    }
  });

  it('shuffle keeps the same elements', () => {
    const rng = makeRng(1);
    const items = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(shuffle(rng, items).sort()).toEqual(items);
  });
});
