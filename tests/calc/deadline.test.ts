import { describe, expect, it } from 'vitest';
import { daysLeft } from '../../src/calc/deadline';

describe('daysLeft', () => {
  it('counts whole local days and goes negative after the date', () => {
    expect(daysLeft('2021-10-22', new Date(2021, 9, 19, 23, 59))).toBe(3);
    expect(daysLeft('2021-10-22', new Date(2021, 9, 22, 8))).toBe(0);
    expect(daysLeft('2021-10-22', new Date(2021, 10, 1))).toBe(-10);
  });
});
