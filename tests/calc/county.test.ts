// The bureau's 汇总: which schools' 附件3-2 files count and the county totals they make.
import { describe, expect, it } from 'vitest';
import { COUNT_KEYS, summarise, type Counts, type FileIn, type SchoolReport } from '../../src/calc/county';
import { percent } from '../../src/calc/percent';
import { schoolStats } from '../../src/forms/school-stats';
import { readSchoolReport } from '../../src/io/read-school-report';
import { formWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { settings, visitEntry } from '../render/visit-entry';

const counts = (n: number): Counts => ({
  staffTotal: 50 + n, staffVisited: 40 + n, studentTotal: 800 + 7 * n, studentsVisited: 300 + 3 * n,
  visits: 30 + 2 * n, face: 10 + n, phone: 10, sms: 5 + n, online: 5, suggestions: n,
});
function report(unit: string, c: Counts, extra: Partial<SchoolReport> = {}): SchoolReport {
  const values: Record<string, number | null> = { ...c };
  values.staffShare = percent(c.staffVisited, c.staffTotal);
  values.studentShare = percent(c.studentsVisited, c.studentTotal);
  for (const m of ['face', 'phone', 'sms', 'online'] as const) values[`${m}Share`] = percent(c[m], c.visits);
  return {
    formId: '3-2', formVersion: 1, updatedAt: 100, unit, date: '2021-11-10', values,
    confirmed: { staff: false, students: false }, hash: `${unit}-${JSON.stringify(c)}`, ...extra,
  };
}
const file = (name: string, r: SchoolReport): FileIn => ({ name, read: { report: r } });

describe('summarise', () => {
  const files = [1, 2, 3].map((n) => file(`学校${n}.xlsx`, report(`学校${n}`, counts(n))));

  it('sums every count and recomputes shares from the sums, never averaging them', () => {
    const s = summarise(files, 2021, ['学校1', '学校2', '学校3', '学校4']);
    expect(s.schools.map((x) => x.unit)).toEqual(['学校1', '学校2', '学校3']);
    for (const k of COUNT_KEYS) expect(s.totals[k]).toBe(counts(1)[k] + counts(2)[k] + counts(3)[k]);
    const sum = (k: keyof Counts) => counts(1)[k] + counts(2)[k] + counts(3)[k];
    expect(s.totalShares.studentShare).toBe(percent(sum('studentsVisited'), sum('studentTotal')));
    expect(s.totalShares.faceShare).toBe(percent(sum('face'), sum('visits')));
    const avg = s.schools.reduce((a, x) => a + x.shares.studentShare!, 0) / 3;
    expect(s.totalShares.studentShare).not.toBeCloseTo(avg, 6);
    expect(s.missing).toEqual(['学校4']);
    expect(s.unexpected).toEqual([]);
    expect(summarise(files, 2021, ['学校1', '学校2']).unexpected).toEqual(['学校3']);
    expect(s.files.map((f) => f.state)).toEqual(['已收', '已收', '已收']);
  });

  it('ignores a duplicate and lets a later file from the same school replace an earlier one', () => {
    const later = report('学校2', counts(9), { updatedAt: 200 });
    const s = summarise([file('新.xlsx', later), ...files, file('副本.xlsx', (files[0].read as { report: SchoolReport }).report)], 2021);
    const state = Object.fromEntries(s.files.map((f) => [f.name, f]));
    expect(state['副本.xlsx'].state).toBe('重复');
    expect(state['副本.xlsx'].note).toContain('学校1.xlsx');
    expect(state['学校2.xlsx'].state).toBe('已被新文件替换');
    expect(state['学校2.xlsx'].note).toContain('新.xlsx');
    expect(state['新.xlsx'].state).toBe('已收');
    expect(s.schools).toHaveLength(3);
    expect(s.totals.staffTotal).toBe(counts(1).staffTotal + counts(9).staffTotal + counts(3).staffTotal);
  });

  it('flags a file whose printed share does not agree with its counts and leaves it out', () => {
    const bad = report('学校5', counts(5));
    bad.values.staffShare = 12.5;
    const s = summarise([...files, file('错.xlsx', bad), { name: '坏.xlsx', read: { error: '文件已损坏' } }], 2021);
    const row = s.files.find((f) => f.name === '错.xlsx')!;
    expect(row.state).toBe('有问题');
    expect(row.note).toContain('按人数应为');
    expect(s.files.find((f) => f.name === '坏.xlsx')!.state).toBe('有问题');
    expect(s.schools).toHaveLength(3);
  });

  it('flags another year and a count over its base that is not confirmed', () => {
    const old = report('学校6', counts(6), { date: '2020-11-10' });
    const over = report('学校7', { ...counts(7), staffVisited: 999 });
    const newer = report('学校8', counts(8), { formVersion: 99 });
    const s = summarise([file('旧.xlsx', old), file('多.xlsx', over), file('新版.xlsx', newer)], 2021);
    expect(s.files[0].note).toContain('2020年');
    expect(s.files[1].note).toContain('大于干部教师总数');
    expect(s.files[2].note).toContain('更新版本');
    expect(s.schools).toHaveLength(0);
  });
});

describe('readSchoolReport on a real export', () => {
  it('reads the printed numbers, with letters counted in the visits', async () => {
    const visits = [
      visitEntry(), visitEntry({ student: '赵堃', mode: 'phone' }), visitEntry({ student: '王五', mode: 'letter' }),
    ].map((e) => e.data);
    const stored: Entry = {
      id: '5d0c7c1e-2b7a-4a8e-9f0e-0a1b2c3d4e5f', formId: '3-2', formVersion: 1, createdAt: 1, updatedAt: 2,
      status: 'complete',
      data: { ...schoolStats.emptyData(), unit: '城关中学', date: '2021-11-10', staffTotal: 60, studentTotal: 900 },
    };
    // As src/io/export.ts writes it: resolved data, and the 3-1 records the sheet prints from.
    const ctx = { sources: { '3-1': visits } };
    const shown = { ...stored, data: schoolStats.resolve(stored.data, ctx) };
    const r = readSchoolReport(await formWorkbook(schoolStats, [shown], settings, ctx));
    if (!('report' in r)) throw new Error(r.error);
    const v = shown.data as Record<string, number>;
    expect(r.report.unit).toBe('城关中学');
    expect(r.report.updatedAt).toBe(2);
    for (const k of COUNT_KEYS) expect(r.report.values[k]).toBe(v[k]);
    expect(r.report.values.visits).toBe(3);
    expect(summarise([{ name: 'a.xlsx', read: r }], 2021).files[0].state).toBe('已收');
  });

  it('refuses a file of another form with a clear message', async () => {
    const r = readSchoolReport(await formWorkbook(schoolStats, [], settings));
    expect('error' in r && r.error).toBeTruthy();
  });
});
