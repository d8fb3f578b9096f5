// parseIdNumber on random numbers: valid ones accepted, typos rejected, 15-digit ones converted.
import { describe, expect, it } from 'vitest';
import { checkDigit, parseIdNumber } from '../../src/calc/idcard';
import { expectOk, TODAY } from './helpers/idcard';
import { makeRng, randomDigits, randomIsoDate } from './helpers/prng';

describe('parseIdNumber: properties', () => {
  const from = Date.UTC(1900, 0, 1);
  const to = Date.UTC(2025, 5, 1);

  function randomValidId(rng: ReturnType<typeof makeRng>): { id: string; birth: string } {
    const birth = randomIsoDate(rng, from, to);
    const body = `${rng.int(1, 9)}${randomDigits(rng, 5)}${birth.replace(/-/g, '')}${randomDigits(rng, 3)}`;
    return { id: body + checkDigit(body), birth };
  }

  it.each([1, 2, 3])('random body + computed check digit is valid (seed %i)', (seed) => {
    const rng = makeRng(seed);
    for (let i = 0; i < 500; i++) {
      const { id, birth } = randomValidId(rng);
      const r = expectOk(parseIdNumber(id.toLowerCase(), TODAY));
      expect(r.id).toBe(id);
      expect(r.birth).toBe(birth);
      expect(r.sex).toBe(Number(id[16]) % 2 === 1 ? '男' : '女');
      expect(r.converted15).toBe(false);
    }
  });

  it.each([11, 12])('any single-character substitution is rejected (seed %i)', (seed) => {
    const rng = makeRng(seed);
    for (let i = 0; i < 150; i++) {
      const { id } = randomValidId(rng);
      for (let pos = 0; pos < 18; pos++) {
        const alphabet = pos === 17 ? '0123456789X' : '0123456789';
        for (const c of alphabet) {
          if (c === id[pos]) continue;
          const mutated = id.slice(0, pos) + c + id.slice(pos + 1);
          const r = parseIdNumber(mutated, TODAY);
          if (r.ok) throw new Error(`${mutated} (from ${id}) was accepted`);
        }
      }
    }
  });

  it('any adjacent transposition of different digits in the body is rejected', () => {
    const rng = makeRng(21);
    let tried = 0;
    for (let i = 0; i < 300; i++) {
      const { id } = randomValidId(rng);
      for (let pos = 0; pos < 16; pos++) {
        if (id[pos] === id[pos + 1]) continue;
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(parseIdNumber(swapped, TODAY).ok).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });

  it('15-digit numbers convert to the 18-digit number with the same data', () => {
    const rng = makeRng(31);
    for (let i = 0; i < 300; i++) {
      const birth = randomIsoDate(rng, Date.UTC(1900, 0, 1), Date.UTC(1999, 11, 31));
      const old = `${rng.int(1, 9)}${randomDigits(rng, 5)}${birth.slice(2).replace(/-/g, '')}${randomDigits(rng, 3)}`;
      const r = expectOk(parseIdNumber(old, TODAY));
      expect(r.converted15).toBe(true);
      expect(r.id.slice(0, 6) + r.id.slice(8, 17)).toBe(old);
      expect(r.id.slice(6, 8)).toBe('19');
      expect(r.birth).toBe(birth);
      const again = expectOk(parseIdNumber(r.id, TODAY));
      expect([again.id, again.birth, again.sex, again.converted15]).toEqual([r.id, r.birth, r.sex, false]);
    }
  });
});
