// A small roster whose 附件1-1 and 1-2 numbers are known by hand, with ages at the edges of
// 6–15 on the reference date 2021-08-31, shared by the form and render tests.
import { checkDigit } from '../../src/calc/idcard';
import type { EntryData } from '../../src/forms/kit/field';

export const REF = '2021-08-31';

export function idFor(birth: string, serial = 1, male = true): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}${male ? 1 : 2}`;
  return body + checkDigit(body);
}

const child = (idNumber: string, village: string, status: string, more: EntryData = {}): EntryData =>
  ({ name: '儿童', idNumber, village, status, sub: '', relocated: '', disabled: '', ...more });

export const ROSTER: EntryData[] = [
  child(idFor('2015-08-31'), '东街村', '县域内实际就读', { relocated: '是' }), // turns 6 on REF: in
  child(idFor('2015-09-01'), '东街村', '县域内实际就读'), // 5: out
  child(idFor('2005-09-01'), '西街村', '初中已毕业'), // turns 16 the day after REF: 15, in
  child(idFor('2005-08-31'), '西街村', '初中已毕业'), // turns 16 on REF: out
  child(idFor('2014-01-01'), '东街村', '县域内实际就读', { sub: '幼儿园就读' }), // 7
  child(idFor('2009-05-05'), '西街村', '厌学辍学', { disabled: '是' }), // 12
  child(idFor('2011-03-03'), '', ''), // 10, no village, no status
  child('610526201013010011', '北村', '县域内实际就读'), // invalid date, no birth: undated
  child(idFor('2009-05-05'), '西 街村', '多重户籍'), // the same ID again, 12
];

/** What 附件1-1 must say about ROSTER. */
export const EXPECTED_11 = {
  total: 6, inCounty: 2, outCounty: 0, graduated: 1, deferred: 0, movedAway: 0, multiRegistered: 1,
  notFound: 0, dead: 0, illness: 0, weary: 1, other: 0, relocated: 1, disabled: 1,
  unclassified: 1, outOfRange: 2, undated: 1, duplicates: 1,
};
