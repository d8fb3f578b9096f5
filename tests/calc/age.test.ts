import { describe, expect, it } from 'vitest';
import { ageOn, inSchoolAgeRange, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../src/calc/age';
import { makeRng, randomIsoDate } from './helpers/prng';

describe('ageOn', () => {
  it('counts the birthday itself as reached (31 August cut-off)', () => {
    expect(ageOn('2015-08-31', '2021-08-31')).toBe(6);
    expect(ageOn('2015-09-01', '2021-08-31')).toBe(5);
  });

  it('turns 6 exactly on the reference date', () => {
    expect(ageOn('2015-09-01', '2021-09-01')).toBe(6);
    expect(ageOn('2015-09-02', '2021-09-01')).toBe(5);
    expect(ageOn('2014-12-31', '2020-12-31')).toBe(6);
    expect(ageOn('2015-01-01', '2020-12-31')).toBe(5);
  });

  it('turns 16 exactly on the reference date', () => {
    expect(ageOn('2005-08-31', '2021-08-31')).toBe(16);
    expect(ageOn('2005-09-01', '2021-08-31')).toBe(15);
  });

  it('compares month before day', () => {
    expect(ageOn('2010-03-15', '2020-02-20')).toBe(9);
    expect(ageOn('2010-03-15', '2020-04-01')).toBe(10);
    expect(ageOn('2010-12-01', '2020-11-30')).toBe(9);
  });

  it('treats 1 March as the birthday of 29 February births in common years', () => {
    expect(ageOn('2012-02-29', '2013-02-28')).toBe(0);
    expect(ageOn('2012-02-29', '2013-03-01')).toBe(1);
    expect(ageOn('2012-02-29', '2016-02-28')).toBe(3);
    expect(ageOn('2012-02-29', '2016-02-29')).toBe(4);
    expect(ageOn('2012-02-29', '2018-02-28')).toBe(5);
    expect(ageOn('2012-02-29', '2018-03-01')).toBe(6);
  });

  it('is 0 on the day of birth and -1 before it', () => {
    expect(ageOn('2020-05-05', '2020-05-05')).toBe(0);
    expect(ageOn('2020-05-05', '2020-05-04')).toBe(-1);
    expect(ageOn('2020-05-05', '2019-12-31')).toBe(-1);
    expect(ageOn('2020-05-05', '2001-06-01')).toBe(-1);
  });

  it('throws on malformed or impossible dates', () => {
    const bad = ['', '2015-2-3', '20150203', '2015/02/03', '2015-02-30', '2015-13-01', '2015-00-10', '2015-02-29', ' 2015-02-03'];
    for (const b of bad) {
      expect(() => ageOn(b, '2021-08-31')).toThrow(RangeError);
      expect(() => ageOn('2015-02-03', b)).toThrow(RangeError);
    }
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(ageOn('2000-02-29', '2000-03-01')).toBe(0);
    expect(() => ageOn('1900-02-29', '2000-03-01')).toThrow(RangeError);
  });

  describe('properties', () => {
    const addYears = (iso: string, k: number): string => `${String(Number(iso.slice(0, 4)) + k).padStart(4, '0')}${iso.slice(4)}`;
    const dayBefore = (iso: string): string => {
      const d = new Date(`${iso}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      return d.toISOString().slice(0, 10);
    };

    it('is exactly k on the k-th birthday and k-1 the day before', () => {
      const rng = makeRng(5);
      for (let i = 0; i < 2000; i++) {
        const birth = randomIsoDate(rng, Date.UTC(1950, 0, 1), Date.UTC(2024, 11, 31));
        if (birth.endsWith('02-29')) continue;
        const k = rng.int(1, 60);
        const birthday = addYears(birth, k);
        expect(ageOn(birth, birthday)).toBe(k);
        expect(ageOn(birth, dayBefore(birthday))).toBe(k - 1);
      }
    });

    it('never decreases as the reference date advances', () => {
      const rng = makeRng(6);
      for (let i = 0; i < 300; i++) {
        const birth = randomIsoDate(rng, Date.UTC(1990, 0, 1), Date.UTC(2020, 11, 31));
        const a = randomIsoDate(rng, Date.UTC(1985, 0, 1), Date.UTC(2040, 11, 31));
        const b = randomIsoDate(rng, Date.UTC(1985, 0, 1), Date.UTC(2040, 11, 31));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, lo)).toBeLessThanOrEqual(ageOn(birth, hi));
        // Completed years can never exceed the plain difference of the year numbers.
        expect(ageOn(birth, hi)).toBeLessThanOrEqual(Math.max(-1, Number(hi.slice(0, 4)) - Number(birth.slice(0, 4))));
      }
    });
  });
});

describe('inSchoolAgeRange', () => {
  it('is 6 to 15 inclusive', () => {
    expect([SCHOOL_AGE_MIN, SCHOOL_AGE_MAX]).toEqual([6, 15]);
    expect(inSchoolAgeRange(5)).toBe(false);
    expect(inSchoolAgeRange(6)).toBe(true);
    expect(inSchoolAgeRange(10)).toBe(true);
    expect(inSchoolAgeRange(15)).toBe(true);
    expect(inSchoolAgeRange(16)).toBe(false);
  });

  it('rejects non-integers and non-numbers', () => {
    for (const v of [-1, 6.5, 15.1, Number.NaN, Number.POSITIVE_INFINITY]) expect(inSchoolAgeRange(v)).toBe(false);
  });

  it('agrees with ageOn at both boundaries on the reference date', () => {
    const ref = '2021-08-31';
    expect(inSchoolAgeRange(ageOn('2015-08-31', ref))).toBe(true);
    expect(inSchoolAgeRange(ageOn('2015-09-01', ref))).toBe(false);
    expect(inSchoolAgeRange(ageOn('2005-09-01', ref))).toBe(true);
    expect(inSchoolAgeRange(ageOn('2005-08-31', ref))).toBe(false);
  });
});
