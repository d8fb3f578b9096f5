// maskIdNumber: what of an ID number is shown on screen.
import { describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../src/calc/idcard';
import { makeRng, randomDigits } from './helpers/prng';

describe('maskIdNumber', () => {
  it('keeps area code and last four of an 18-character number', () => {
    expect(maskIdNumber('610526199101011234')).toBe('610526********1234');
    expect(maskIdNumber('44011320141005001X')).toBe('440113********001X');
  });

  it('hides the birth date of a 15-digit number', () => {
    expect(maskIdNumber('610526910101123')).toBe('610526******123');
  });

  it('masks at least half of odd-length input', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('1')).toBe('*');
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('1234')).toBe('1**4');
    expect(maskIdNumber('1234567890')).toBe('12******90');
    expect(maskIdNumber('36042619910101007')).toBe('3604*********1007');
    expect(maskIdNumber('  610526199101011234 ')).toBe('610526********1234');
  });

  it('keeps the length and hides the birth date or at least half (property)', () => {
    const rng = makeRng(41);
    for (let n = 0; n <= 30; n++) {
      for (let i = 0; i < 20; i++) {
        const s = randomDigits(rng, n);
        const m = maskIdNumber(s);
        expect(m.length).toBe(n);
        const hidden = [...m].filter((c) => c === '*').length;
        for (let k = 0; k < n; k++) if (m[k] !== '*') expect(m[k]).toBe(s[k]);
        if (n === 18) expect(m.slice(6, 14)).toBe('********');
        else if (n === 15) expect(m.slice(6, 12)).toBe('******');
        // A mistyped number must never reveal more than a valid one does.
        else expect(hidden * 2).toBeGreaterThanOrEqual(n);
      }
    }
  });
});
