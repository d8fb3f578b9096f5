import { describe, expect, it } from 'vitest';
import {
  belowMonthly, daysLeftInMonth, inPeriod, monthOf, monthPeriod, monthsOf, termPeriod, visitCounts, type CountedVisit,
} from '../../src/calc/home-teaching';

const v = (childId: string, date: string, complete = true): CountedVisit => ({ childId, date, complete });

describe('periods', () => {
  it('a month runs from its first to its last day, February by the leap year', () => {
    expect(monthPeriod('2021-10')).toEqual({ start: '2021-10-01', end: '2021-10-31', label: '2021年10月' });
    expect(monthPeriod('2024-02').end).toBe('2024-02-29');
    expect(monthPeriod('2021-02').end).toBe('2021-02-28');
    expect(monthPeriod('2021-11').end).toBe('2021-11-30');
  });

  it('the term is 上学期 August to January and 下学期 February to July, as the catalogue counts', () => {
    expect(termPeriod('2021-10-19')).toEqual({ start: '2021-08-01', end: '2022-01-31', label: '2021-2022学年上学期' });
    expect(termPeriod('2022-01-15')).toEqual({ start: '2021-08-01', end: '2022-01-31', label: '2021-2022学年上学期' });
    expect(termPeriod('2022-02-01')).toEqual({ start: '2022-02-01', end: '2022-07-31', label: '2021-2022学年下学期' });
    expect(termPeriod('2022-07-31').label).toBe('2021-2022学年下学期');
    expect(termPeriod('2022-08-01').label).toBe('2022-2023学年上学期');
  });

  it('lists the months of a term across the new year', () => {
    expect(monthsOf(termPeriod('2021-10-19'))).toEqual(['2021-08', '2021-09', '2021-10', '2021-11', '2021-12', '2022-01']);
    expect(monthsOf(monthPeriod('2021-10'))).toEqual(['2021-10']);
  });

  it('a date is in a period with both ends included; an empty or partial date never is', () => {
    const p = monthPeriod('2021-10');
    expect(inPeriod('2021-10-01', p)).toBe(true);
    expect(inPeriod('2021-10-31', p)).toBe(true);
    expect(inPeriod('2021-11-01', p)).toBe(false);
    expect(inPeriod('2021-09-30', p)).toBe(false);
    expect(inPeriod('', p)).toBe(false);
    expect(inPeriod('2021-10', p)).toBe(false);
    expect(monthOf('2021-10-19')).toBe('2021-10');
  });

  it('rejects a text that is no date rather than guessing', () => {
    expect(() => termPeriod('10/19/2021')).toThrow();
  });
});

describe('days left in the month', () => {
  it('counts today: the first of October has 31, the last day 1', () => {
    expect(daysLeftInMonth('2021-10-01')).toBe(31);
    expect(daysLeftInMonth('2021-10-19')).toBe(13);
    expect(daysLeftInMonth('2021-10-31')).toBe(1);
    expect(daysLeftInMonth('2024-02-28')).toBe(2);
    expect(daysLeftInMonth('2021-02-28')).toBe(1);
  });
});

describe('visits per child per month', () => {
  const visits = [
    v('a', '2021-10-03'), v('a', '2021-10-17'), v('a', '2021-09-30'),
    v('b', '2021-10-05'), v('b', '2021-10-06', false), // a draft does not count
    v('c', '2021-11-01'),
  ];

  it('counts complete visits inside the period only', () => {
    expect(Object.fromEntries(visitCounts(visits, monthPeriod('2021-10')))).toEqual({ a: 2, b: 1 });
    expect(Object.fromEntries(visitCounts(visits, termPeriod('2021-10-19')))).toEqual({ a: 3, b: 1, c: 1 });
  });

  it('lists the children below two this month, with what is missing, in the given order', () => {
    const kids = [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'd' }];
    expect(belowMonthly(kids, visits, '2021-10-19')).toEqual([
      { child: { id: 'c' }, count: 0, missing: 2 },
      { child: { id: 'b' }, count: 1, missing: 1 },
      { child: { id: 'd' }, count: 0, missing: 2 },
    ]);
    // In November only c has been visited, once.
    expect(belowMonthly(kids, visits, '2021-11-02').map((x) => [x.child.id, x.count])).toEqual([['c', 1], ['a', 0], ['b', 0], ['d', 0]]);
  });

  it('a second visit takes a child off the list', () => {
    const kids = [{ id: 'b' }];
    expect(belowMonthly(kids, visits, '2021-10-19')).toHaveLength(1);
    expect(belowMonthly(kids, [...visits, v('b', '2021-10-19')], '2021-10-19')).toEqual([]);
  });
});
