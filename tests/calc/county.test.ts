// The bureau's 汇总: which reports count (附件3-2, 1-1, 1-2) and the county totals they make.
import { describe, expect, it } from 'vitest';
import { countKeys, summarise, type FileIn, type SchoolReport } from '../../src/calc/county';
import { COUNTY_1_1, COUNTY_1_2, COUNTY_3_2, summariseAll } from '../../src/calc/county-annexes';
import { percent } from '../../src/calc/percent';
import { schoolingReport } from '../../src/forms/schooling-report';
import { schoolStats } from '../../src/forms/school-stats';
import { townTable } from '../../src/forms/town-table';
import type { DeriveContext, FormDef } from '../../src/forms/kit/define';
import { readSchoolReport } from '../../src/io/read-school-report';
import { formWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { EXPECTED_11, REF, ROSTER } from '../forms/roster-reports-fixture';
import { settings, visitEntry } from '../render/visit-entry';

type Counts = Record<string, number>;
const counts = (n: number): Counts => ({
  staffTotal: 50 + n, staffVisited: 40 + n, studentTotal: 800 + 7 * n, studentsVisited: 300 + 3 * n,
  visits: 30 + 2 * n, face: 10 + n, phone: 10, sms: 5 + n, online: 5, suggestions: n,
});
function report(unit: string, c: Counts, extra: Partial<SchoolReport> = {}): SchoolReport {
  const values: Record<string, number | null> = { ...c };
  values.staffShare = percent(c.staffVisited!, c.staffTotal!);
  values.studentShare = percent(c.studentsVisited!, c.studentTotal!);
  for (const m of ['face', 'phone', 'sms', 'online'] as const) values[`${m}Share`] = percent(c[m]!, c.visits!);
  return {
    formId: '3-2', formVersion: 1, updatedAt: 100, unit, year: 2021, complete: true, values,
    flags: {}, hash: `${unit}-${JSON.stringify(c)}`, ...extra,
  };
}
const file = (name: string, r: SchoolReport): FileIn => ({ name, read: { report: r } });

it('sums exactly the reports whose 发送给教育局 sends the Excel the 汇总 reads', async () => {
  const { FORMS } = await import('../../src/forms/registry');
  const { COUNTY_ANNEXES } = await import('../../src/calc/county-annexes');
  expect(COUNTY_ANNEXES.map((a) => a.formId).sort()).toEqual(FORMS.filter((f) => f.summedByBureau).map((f) => f.id).sort());
});

describe('summarise 附件3-2', () => {
  const files = [1, 2, 3].map((n) => file(`学校${n}.xlsx`, report(`学校${n}`, counts(n))));

  it('sums every count and recomputes shares from the sums, never averaging them', () => {
    const s = summarise(COUNTY_3_2, files, 2021, ['学校1', '学校2', '学校3', '学校4']);
    expect(s.schools.map((x) => x.unit)).toEqual(['学校1', '学校2', '学校3']);
    const sum = (k: string) => counts(1)[k]! + counts(2)[k]! + counts(3)[k]!;
    for (const k of countKeys(COUNTY_3_2)) expect(s.totals[k]).toBe(sum(k));
    expect(s.totals.studentShare).toBe(percent(sum('studentsVisited'), sum('studentTotal')));
    expect(s.totals.faceShare).toBe(percent(sum('face'), sum('visits')));
    const avg = s.schools.reduce((a, x) => a + x.values.studentShare!, 0) / 3;
    expect(s.totals.studentShare).not.toBeCloseTo(avg, 6);
    expect(s.missing).toEqual(['学校4']);
    expect(s.unexpected).toEqual([]);
    expect(summarise(COUNTY_3_2, files, 2021, ['学校1', '学校2']).unexpected).toEqual(['学校3']);
    expect(s.files.map((f) => f.state)).toEqual(['已收', '已收', '已收']);
  });

  it('ignores a duplicate and lets a later file from the same school replace an earlier one', () => {
    const later = report('学校2', counts(9), { updatedAt: 200 });
    const s = summarise(COUNTY_3_2, [file('新.xlsx', later), ...files, file('副本.xlsx', (files[0].read as { report: SchoolReport }).report)], 2021);
    const state = Object.fromEntries(s.files.map((f) => [f.name, f]));
    expect(state['副本.xlsx'].state).toBe('重复');
    expect(state['副本.xlsx'].note).toContain('学校1.xlsx');
    expect(state['学校2.xlsx'].state).toBe('已被新文件替换');
    expect(state['学校2.xlsx'].note).toContain('新.xlsx');
    expect(state['新.xlsx'].state).toBe('已收');
    expect(s.schools).toHaveLength(3);
    expect(s.totals.staffTotal).toBe(counts(1).staffTotal! + counts(9).staffTotal! + counts(3).staffTotal!);
  });

  it('flags a file whose share does not agree with its counts and leaves it out', () => {
    const bad = report('学校5', counts(5));
    bad.values.staffShare = 12.5;
    const s = summarise(COUNTY_3_2, [...files, file('错.xlsx', bad), { name: '坏.xlsx', read: { error: '文件已损坏' } }], 2021);
    const row = s.files.find((f) => f.name === '错.xlsx')!;
    expect(row.state).toBe('有问题');
    expect(row.note).toContain('按人数应为');
    expect(s.files.find((f) => f.name === '坏.xlsx')!.state).toBe('有问题');
    expect(s.schools).toHaveLength(3);
  });

  it('flags another year and a count over its base that is not confirmed', () => {
    const old = report('学校6', counts(6), { year: 2020 });
    const over = report('学校7', { ...counts(7), staffVisited: 999 });
    const newer = report('学校8', counts(8), { formVersion: 99 });
    const confirmed = report('学校9', { ...counts(9), staffVisited: 999 }, { flags: { staffConfirmed: true } });
    const s = summarise(COUNTY_3_2, [file('旧.xlsx', old), file('多.xlsx', over), file('新版.xlsx', newer), file('核实.xlsx', confirmed)], 2021);
    expect(s.files[0].note).toContain('2020年');
    expect(s.files[1].note).toContain('大于干部教师总数');
    expect(s.files[2].note).toContain('更新版本');
    expect(s.files[3].state).toBe('已收');
    expect(s.schools.map((x) => x.unit)).toEqual(['学校9']);
  });

  it('does not add up a draft', () => {
    const s = summarise(COUNTY_3_2, [file('草稿.xlsx', report('学校10', counts(10), { complete: false }))], 2021);
    expect(s.files[0].state).toBe('有问题');
    expect(s.files[0].note).toContain('草稿');
  });
});

/** A report as the app exports it (src/io/export.ts): stored data, computed from its sources. */
async function exported(form: FormDef, data: Entry['data'], ctx: DeriveContext, unit = settings.unit, updatedAt = 2) {
  const stored: Entry = {
    id: `5d0c7c1e-2b7a-4a8e-9f0e-0a1b2c3d4e${String(updatedAt).padStart(2, '0')}`, formId: form.id, formVersion: 1,
    createdAt: 1, updatedAt, status: 'complete', data: { ...form.emptyData(), ...data },
  };
  const s = { ...settings, unit };
  return formWorkbook(form, [stored], s, { ...ctx, settings: { unit, town: s.town, year: s.year } });
}
const rosterCtx = (): DeriveContext => ({ sources: { roster: ROSTER }, refDate: REF });

describe('readSchoolReport on real exports', () => {
  it('reads 附件3-2 as the app computed it from the 3-1 records, letters counted in the visits', async () => {
    const visits = [
      visitEntry(), visitEntry({ student: '赵堃', mode: 'phone' }), visitEntry({ student: '王五', mode: 'letter' }),
    ].map((e) => e.data);
    const ctx = { sources: { '3-1': visits } };
    const data = { unit: '城关中学', date: '2021-11-10', staffTotal: 60, studentTotal: 900 };
    const r = readSchoolReport(await exported(schoolStats, data, ctx));
    if (!('report' in r)) throw new Error(r.error);
    const v = schoolStats.resolve({ ...schoolStats.emptyData(), ...data }, ctx) as Record<string, number>;
    expect(r.report.unit).toBe('城关中学');
    expect(r.report.updatedAt).toBe(2);
    for (const k of countKeys(COUNTY_3_2)) expect(r.report.values[k]).toBe(v[k]);
    expect(r.report.values.visits).toBe(3);
    expect(summarise(COUNTY_3_2, [{ name: 'a.xlsx', read: r }], 2021).files[0].state).toBe('已收');
  });

  // The fixture's roster has a child with no status: its 11 counts are one short of 共计.
  it('reads 附件1-1 computed from the roster, under the school that sent it even when 辖区 is the town', async () => {
    const a = readSchoolReport(await exported(schoolingReport, { area: '城关镇', sumConfirmed: true }, rosterCtx(), '城关一小'));
    const b = readSchoolReport(await exported(schoolingReport, { area: '城关镇', total: 7, sumConfirmed: true }, rosterCtx(), '城关二小'));
    if (!('report' in a) || !('report' in b)) throw new Error('unreadable');
    expect(a.report.unit).toBe('城关一小');
    expect(a.report.values.total).toBe(EXPECTED_11.total);
    expect(a.report.values.weary).toBe(EXPECTED_11.weary);
    const s = summarise(COUNTY_1_1, [{ name: 'a.xlsx', read: a }, { name: 'b.xlsx', read: b }], 2021, ['城关一小', '城关二小', '城关三小']);
    expect(s.files.map((f) => f.state)).toEqual(['已收', '已收']);
    expect(s.totals.total).toBe(EXPECTED_11.total + 7);
    expect(s.totals.inCounty).toBe(2 * EXPECTED_11.inCounty);
    expect(s.missing).toEqual(['城关三小']);
  });

  it('reads a count a school without a roster left empty in a complete 附件1-1 as 0, as its own sums did', async () => {
    const r = readSchoolReport(await exported(schoolingReport, { area: '城关镇', total: 12, inCounty: 10, weary: 2 }, { sources: {} }));
    if (!('report' in r)) throw new Error(r.error);
    expect(r.report.complete).toBe(true);
    expect(r.report.values.outCounty).toBe(0);
    expect(summarise(COUNTY_1_1, [{ name: 'a.xlsx', read: r }], 2021).totals.total).toBe(12);
  });

  it('keeps out a 附件1-1 whose 11 counts do not add up to 共计 unless the school confirmed it', async () => {
    const r = readSchoolReport(await exported(schoolingReport, { area: '城关镇', total: 99 }, rosterCtx()));
    const s = summarise(COUNTY_1_1, [{ name: 'a.xlsx', read: r }], 2021);
    expect(s.files[0].state).toBe('有问题');
    expect(s.files[0].note).toContain('与共计（99）不一致');
  });

  it('reads 附件1-2 per town: the 合计 row of its villages', async () => {
    const r = readSchoolReport(await exported(townTable, { town: '城关镇', year: 2021 }, rosterCtx()));
    if (!('report' in r)) throw new Error(r.error);
    expect(r.report.unit).toBe('城关镇');
    expect(r.report.year).toBe(2021);
    expect(r.report.values.sumTotal).toBe(EXPECTED_11.total);
    const other = readSchoolReport(await exported(townTable, { town: '东陈镇', year: 2021 }, rosterCtx()));
    const s = summarise(COUNTY_1_2, [{ name: 'a.xlsx', read: r }, { name: 'b.xlsx', read: other }], 2021, ['学校甲']);
    expect(s.schools.map((x) => x.unit)).toEqual(['城关镇', '东陈镇']);
    expect(s.totals.sumTotal).toBe(2 * EXPECTED_11.total);
    // A town is not on the bureau's list of schools: nothing is 未报 for 1-2.
    expect(s.missing).toEqual([]);
  });

  it('sums each annex on its own when files of all three are dropped together', async () => {
    const files: FileIn[] = [
      { name: '1-1.xlsx', read: readSchoolReport(await exported(schoolingReport, { area: '城关镇', sumConfirmed: true }, rosterCtx())) },
      { name: '1-2.xlsx', read: readSchoolReport(await exported(townTable, { town: '城关镇', year: 2021 }, rosterCtx())) },
      { name: '3-1.xlsx', read: readSchoolReport(await formWorkbook((await import('../../src/forms/visit-record')).visitRecord, [visitEntry()], settings)) },
    ];
    const all = summariseAll(files, 2021);
    expect(all.files.map((f) => [f.annex, f.state])).toEqual([['附件1-1', '已收'], ['附件1-2', '已收'], ['', '有问题']]);
    expect(all.files[2].note).toContain('不是报送教育局的');
    expect(all.summaries.map((s) => s.schools.length)).toEqual([0, 1, 1]);
  });

  it('refuses a file with no report in it with a clear message', async () => {
    const r = readSchoolReport(await formWorkbook(schoolStats, [], settings));
    expect('error' in r && r.error).toBeTruthy();
  });
});
