import { describe, expect, it } from 'vitest';
import {
  groupOf, monthBounds, monthlyReport, monthText, statusBefore, statusFields, statusValue, type StatusChange,
} from '../../src/calc/monthly-report';

const change = (childId: string, date: string, from: string, to: string, reason: string, seq = 0): StatusChange =>
  ({ childId, date, from, to, reason, seq, name: childId });

describe('a child’s state on a date', () => {
  const changes = [
    change('a', '2026-11-05', '县域内实际就读', '疑似辍学', '发现疑似辍学'),
    change('a', '2026-11-20', '疑似辍学', '县域内实际就读', '劝返复学'),
  ];
  it('undoes the changes dated on or after the date', () => {
    expect(statusBefore('县域内实际就读', changes, '2026-11-01')).toBe('县域内实际就读');
    expect(statusBefore('县域内实际就读', changes, '2026-11-06')).toBe('疑似辍学');
    expect(statusBefore('县域内实际就读', changes, '2026-11-20')).toBe('疑似辍学');
    expect(statusBefore('县域内实际就读', changes, '2026-11-21')).toBe('县域内实际就读');
  });
  it('orders two changes of one day by when they were recorded', () => {
    const day = [change('a', '2026-11-05', '疑似辍学', '厌学辍学', '核查认定', 2), change('a', '2026-11-05', '县域内实际就读', '疑似辍学', '发现疑似辍学', 1)];
    expect(statusBefore('厌学辍学', day, '2026-11-05')).toBe('县域内实际就读');
  });
});

describe('states, groups and months', () => {
  it('reads 疑似辍学 from the 子类 and writes it back with its category', () => {
    expect(statusValue({ status: '其他情况', sub: '疑似辍学' })).toBe('疑似辍学');
    expect(statusValue({ status: '县域内实际就读', sub: '疑似辍学' })).toBe('县域内实际就读');
    expect(statusFields('疑似辍学')).toEqual({ status: '其他情况', sub: '疑似辍学' });
    expect(statusFields('县域外就读')).toEqual({ status: '县域外就读', sub: '' });
  });
  it('puts every state in one group', () => {
    expect(['县域内实际就读', '送教上门', '县域外就读', '疑似辍学', '厌学辍学', '打工务农', '延缓入学', ''].map(groupOf))
      .toEqual(['inSchool', 'inSchool', 'outCounty', 'suspected', 'dropout', 'dropout', 'other', 'other']);
  });
  it('knows a month’s first day and the next month’s, across the year', () => {
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
    expect(monthBounds('2026-13')).toBeNull();
    expect(monthText('2026-11')).toBe('2026年11月');
  });
});

describe('the 月报 of a month', () => {
  // Today (after all changes): a back in school, b a suspected dropout, c moved out of the county.
  const children = [
    { id: 'a', state: '县域内实际就读' }, { id: 'b', state: '疑似辍学' }, { id: 'c', state: '县域外就读' },
    { id: 'd', state: '县域内实际就读' }, { id: 'e', state: '厌学辍学' },
  ];
  const november = [
    change('a', '2026-11-03', '县域内实际就读', '疑似辍学', '发现疑似辍学'),
    change('a', '2026-11-25', '疑似辍学', '县域内实际就读', '劝返复学'),
    change('b', '2026-11-10', '县域内实际就读', '疑似辍学', '发现疑似辍学'),
    change('c', '2026-11-30', '县域内实际就读', '县域外就读', '转学转出'),
  ];
  const december = [change('d', '2026-12-01', '疑似辍学', '县域内实际就读', '劝返复学')];

  it('three children changed in November: start and end differ by exactly those changes', () => {
    const r = monthlyReport(children, [...november, ...december], '2026-11');
    // Start: a, b, c in school; d was suspected until December; e a dropout.
    expect(r.groups.inSchool).toEqual({ start: 3, added: 0, removed: 2, end: 1 });
    expect(r.groups.suspected).toEqual({ start: 1, added: 1, removed: 0, end: 2 });
    expect(r.groups.outCounty).toEqual({ start: 0, added: 1, removed: 0, end: 1 });
    expect(r.groups.dropout).toEqual({ start: 1, added: 0, removed: 0, end: 1 });
    expect(r.total).toEqual({ start: 5, added: 2, removed: 2, end: 5 });
    for (const g of Object.values(r.groups)) expect(g.start + g.added - g.removed).toBe(g.end);
    expect(r.byReason).toEqual({ 发现疑似辍学: 2, 劝返复学: 1, 转学转出: 1 });
    expect(r.changes.map((c) => c.childId)).toEqual(['a', 'b', 'a', 'c']);
  });

  it('a change in December does not alter November', () => {
    const without = monthlyReport(children.map((c) => (c.id === 'd' ? { ...c, state: '疑似辍学' } : c)), november, '2026-11');
    const with_ = monthlyReport(children, [...november, ...december], '2026-11');
    expect(with_.groups).toEqual(without.groups);
    expect(with_.changes).toEqual(without.changes);
  });

  it('December starts where November ended', () => {
    const nov = monthlyReport(children, [...november, ...december], '2026-11');
    const dec = monthlyReport(children, [...november, ...december], '2026-12');
    for (const k of Object.keys(nov.groups) as (keyof typeof nov.groups)[]) expect(dec.groups[k].start).toBe(nov.groups[k].end);
    expect(dec.groups.suspected).toEqual({ start: 2, added: 0, removed: 1, end: 1 });
  });

  it('counts nothing for a month that is not one', () => {
    expect(monthlyReport(children, november, '十一月').total.start).toBe(0);
  });
});
