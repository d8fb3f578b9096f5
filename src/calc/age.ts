/**
 * Age in completed years (周岁), the measure used by the compulsory-education rules.
 */

import { isRealDate } from './calendar';

/** Compulsory-education ages: from 6 up to and including 15. */
export const SCHOOL_AGE_MIN = 6;
export const SCHOOL_AGE_MAX = 15;

interface YMD {
  y: number;
  m: number;
  d: number;
}

function parseIsoDate(s: string, label: string): YMD {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (isRealDate(y, m, d)) return { y, m, d };
  }
  // Callers pass dates that were already validated (e.g. by parseIdNumber), so a bad
  // value here is a programming error and must not turn into a plausible-looking age.
  throw new RangeError(`ageOn: invalid ${label} date "${s}", expected YYYY-MM-DD`);
}

/**
 * Completed years between `birth` and `ref` (both YYYY-MM-DD).
 *
 * Someone born on 02-29 turns a year older on 03-01 in non-leap years: their
 * birthday has not happened until the day after 02-28. This falls out of comparing
 * (month, day) pairs and matches the common reading that a full year has elapsed
 * only once the calendar has passed the birth day.
 *
 * Returns -1 when `ref` is before `birth` (not yet born), so range checks fail
 * naturally instead of a whole statistics run throwing on one odd record.
 */
export function ageOn(birth: string, ref: string): number {
  const b = parseIsoDate(birth, 'birth');
  const r = parseIsoDate(ref, 'reference');
  if (r.y < b.y || (r.y === b.y && (r.m < b.m || (r.m === b.m && r.d < b.d)))) return -1;
  const birthdayReached = r.m > b.m || (r.m === b.m && r.d >= b.d);
  return r.y - b.y - (birthdayReached ? 0 : 1);
}

export function inSchoolAgeRange(age: number): boolean {
  return Number.isInteger(age) && age >= SCHOOL_AGE_MIN && age <= SCHOOL_AGE_MAX;
}
