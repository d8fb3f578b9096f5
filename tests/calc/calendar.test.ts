import { describe, expect, it } from 'vitest';
import { daysInMonth, isLeapYear, isRealDate } from '../../src/calc/calendar';

describe('calendar', () => {
  it('applies the 4/100/400 leap-year rule', () => {
    expect([1996, 2000, 2024, 1600].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([1900, 2100, 1991, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('knows month lengths', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('validates dates, including years below 100 that Date.UTC would misread', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2023, 4, 31)).toBe(false);
    expect(isRealDate(2023, 0, 1)).toBe(false);
    expect(isRealDate(2023, 13, 1)).toBe(false);
    expect(isRealDate(2023, 1, 0)).toBe(false);
    expect(isRealDate(2023, 1.5, 1)).toBe(false);
    // Date.UTC would treat these as 1900 (not leap) and 2000 (leap): the opposite answers.
    expect(isRealDate(100, 2, 29)).toBe(false);
    expect(isRealDate(0, 2, 29)).toBe(true);
  });
});
