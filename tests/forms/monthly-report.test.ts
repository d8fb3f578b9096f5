import { describe, expect, it } from 'vitest';
import { expandPaper, placeCells } from '../../src/forms/kit/paper';
import { monthlyReport } from '../../src/forms/monthly-report';
import { statusChange } from '../../src/forms/status-changes';
import { evaluate } from '../../src/forms/kit/evaluate';

const roster = [
  { name: '甲', status: '县域内实际就读' },
  { name: '乙', status: '其他情况', sub: '疑似辍学' },
  { name: '丙', status: '县域外就读' },
];
const change = (childId: string, name: string, date: string, from: string, to: string, reason: string) =>
  ({ childId, name, date, from, to, reason, seq: 1 });
const ctx = {
  sources: {
    roster,
    'status-change': [
      change('id-b', '乙', '2026-11-10', '县域内实际就读', '疑似辍学', '发现疑似辍学'),
      change('id-c', '丙', '2026-11-30', '县域内实际就读', '县域外就读', '转学转出'),
    ],
  },
  sourceIds: { roster: ['id-a', 'id-b', 'id-c'] },
  settings: { unit: '城关中学', town: '', year: 2026 },
  today: '2026-12-03',
};

describe('控辍保学月报表 from the roster and the ledger', () => {
  it('defaults to this month and prints the chosen one', () => {
    expect(monthlyReport.resolve({}, ctx).month).toBe('2026-12');
    const v = monthlyReport.resolve({ month: '2026-11' }, ctx);
    expect(v.monthText).toBe('2026年11月');
    expect(v.unit).toBe('城关中学');
  });

  it('counts each group at the start and end of the month and the month’s moves', () => {
    const v = monthlyReport.resolve({ month: '2026-11' }, ctx);
    expect([v.inSchoolStart, v.inSchoolAdded, v.inSchoolRemoved, v.inSchoolEnd]).toEqual([3, 0, 2, 1]);
    expect([v.suspectedStart, v.suspectedEnd, v.outCountyEnd]).toEqual([0, 1, 1]);
    expect([v.totalStart, v.totalEnd]).toEqual([3, 3]);
    expect([v.changeCount, v.toPersuade]).toEqual([2, 1]);
    expect(v.changes).toEqual([
      { name: '乙', date: '2026年11月10日', from: '县域内实际就读', to: '疑似辍学', reason: '发现疑似辍学' },
      { name: '丙', date: '2026年11月30日', from: '县域内实际就读', to: '县域外就读', reason: '转学转出' },
    ]);
  });

  it('prints one bordered page: a row per change, the numbers in their cells', () => {
    const v = monthlyReport.resolve({ month: '2026-11' }, ctx);
    const cells = placeCells(expandPaper(monthlyReport.paper, v)).map((p) => monthlyReport.fill(p.cell.t, v));
    expect(cells).toContain('乙');
    expect(cells).toContain('转学转出');
    expect(cells.filter((t) => t === '3').length).toBeGreaterThanOrEqual(3);
    expect(monthlyReport.fill(monthlyReport.paper.head[1]!.right!, v)).toBe('2026年11月');
  });

  it('is complete with a month in 年-月, and says so otherwise', () => {
    expect(evaluate(monthlyReport, { month: '2026-11', unit: '城关中学' }, ctx).status).toBe('complete');
    const bad = evaluate(monthlyReport, { month: '2026年11月', unit: '城关中学' }, ctx);
    expect(bad.status).toBe('draft');
    expect(bad.fields.month?.issues.map((i) => i.message).join()).toMatch(/年-月/);
  });
});

describe('学籍异动 ledger entries', () => {
  it('needs a reason other than 待补充', () => {
    const d = { name: '乙', date: '2026-11-10', from: '县域内实际就读', to: '疑似辍学', reason: '待补充' };
    expect(evaluate(statusChange, d).status).toBe('draft');
    expect(evaluate(statusChange, { ...d, reason: '发现疑似辍学' }).status).toBe('complete');
  });
});
