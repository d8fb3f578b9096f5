import { describe, expect, it } from 'vitest';
import { formatPercent, NO_PERCENT, percent } from '../../src/calc/percent';
import { makeRng } from './helpers/prng';

const fmt = (part: number, whole: number): string => formatPercent(percent(part, whole));

describe('percent', () => {
  it('computes part/whole in percent', () => {
    expect(percent(3, 4)).toBe(75);
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 5)).toBe(100);
    expect(percent(23, 20)).toBe(115);
    expect(percent(-1, 4)).toBe(-25);
    expect(percent(1, 3)).toBeCloseTo(33.3333333333, 9);
  });

  it('is null when the share cannot be computed', () => {
    expect(percent(1, 0)).toBeNull();
    expect(percent(0, 0)).toBeNull();
    expect(percent(0, -0)).toBeNull();
    expect(percent(Number.NaN, 5)).toBeNull();
    expect(percent(1, Number.NaN)).toBeNull();
    expect(percent(Number.POSITIVE_INFINITY, 5)).toBeNull();
    expect(percent(1, Number.NEGATIVE_INFINITY)).toBeNull();
  });

  it('does not overflow on extreme but finite inputs', () => {
    expect(percent(1e307, 1e307)).toBe(100);
    expect(percent(1e308, 1e-10)).toBeNull();
  });
});

describe('formatPercent', () => {
  it('formats the required examples', () => {
    expect(fmt(1, 6)).toBe('16.7');
    expect(fmt(1, 3)).toBe('33.3');
    expect(fmt(2, 3)).toBe('66.7');
    expect(fmt(5, 8)).toBe('62.5');
    expect(fmt(1, 8)).toBe('12.5');
    expect(fmt(1, 16)).toBe('6.3');
    expect(fmt(0, 5)).toBe('0.0');
    expect(fmt(1, 1)).toBe('100.0');
    expect(fmt(1, 2000)).toBe('0.1');
    expect(fmt(1, 2001)).toBe('0.0');
  });

  it('rounds decimal halves away from zero despite binary representation', () => {
    // Each of these is stored slightly below the half, which naive rounding gets wrong.
    expect(formatPercent(1.15)).toBe('1.2');
    expect(formatPercent(1.45)).toBe('1.5');
    expect(formatPercent(2.675)).toBe('2.7');
    expect(formatPercent(0.05)).toBe('0.1');
    expect(formatPercent(0.15)).toBe('0.2');
    expect(formatPercent(0.35)).toBe('0.4');
    expect(formatPercent(10.05)).toBe('10.1');
    expect(formatPercent(99.95)).toBe('100.0');
    expect(formatPercent(-2.25)).toBe('-2.3');
    expect(formatPercent(-1.15)).toBe('-1.2');
  });

  it('absorbs float noise left by earlier arithmetic', () => {
    // 3 * 0.35 evaluates to 1.0499999999999998; a person computing it gets 1.05.
    expect(3 * 0.35).toBeLessThan(1.05);
    expect(formatPercent(3 * 0.35)).toBe('1.1');
    expect(formatPercent(0.1 + 0.2)).toBe('0.3');
  });

  it('rounds values just below a half down', () => {
    expect(formatPercent(99.94999)).toBe('99.9');
    expect(formatPercent(0.0499)).toBe('0.0');
    expect(formatPercent(12.34)).toBe('12.3');
  });

  it('never prints a negative zero', () => {
    expect(formatPercent(-0)).toBe('0.0');
    expect(formatPercent(-0.04)).toBe('0.0');
    expect(formatPercent(-1e-9)).toBe('0.0');
  });

  it('handles tiny and huge magnitudes without exponent notation', () => {
    expect(formatPercent(1e-7)).toBe('0.0');
    expect(formatPercent(5e-7)).toBe('0.0');
    expect(formatPercent(123456789.25)).toBe('123456789.3');
    expect(formatPercent(1e21)).toBe('1000000000000000000000.0');
  });

  it('shows an em dash when there is no value', () => {
    expect(NO_PERCENT).toBe('\u2014');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
    expect(fmt(3, 0)).toBe('—');
  });

  it.each([101, 202, 303])('matches exact rational rounding for random counts (seed %i)', (seed) => {
    const rng = makeRng(seed);
    for (let i = 0; i < 5000; i++) {
      const whole = rng.int(1, i % 2 === 0 ? 50 : 100_000);
      const part = rng.int(0, whole * 2);
      // Exact: tenths of a percent = part*1000/whole, half rounded up.
      const n = BigInt(part) * 1000n;
      const d = BigInt(whole);
      const tenths = n / d + (2n * (n % d) >= d ? 1n : 0n);
      const expected = `${tenths / 10n}.${tenths % 10n}`;
      expect(fmt(part, whole), `${part}/${whole}`).toBe(expected);
    }
  });

  it('is symmetric around zero (property)', () => {
    const rng = makeRng(404);
    for (let i = 0; i < 2000; i++) {
      const x = rng.int(1, 1_000_000) / rng.int(1, 1000);
      const pos = formatPercent(x);
      const neg = formatPercent(-x);
      expect(neg === pos || neg === `-${pos}`).toBe(true);
      if (pos !== '0.0') expect(neg).toBe(`-${pos}`);
      expect(pos).toMatch(/^\d+\.\d$/);
    }
  });
});
