import { describe, expect, it } from 'vitest';
import { schoolingReport } from '../../src/forms/schooling-report';
import { COUNTS, countsMinusTotal, schoolingReportProgress } from '../../src/forms/schooling-report/derive';
import { EXPECTED_11, REF, ROSTER } from './roster-reports-fixture';

const ctx = { sources: { roster: ROSTER }, refDate: REF, settings: { unit: '城关中学', town: '城关镇', year: 2021 } };

describe('附件1-1 from the roster', () => {
  const v = schoolingReport.resolve({}, ctx);

  it('counts the 6–15-year-olds on the reference date by category, with the edge birthdays', () => {
    expect(v).toMatchObject(EXPECTED_11);
  });

  it('takes 辖区 from the town, else the unit, unless typed', () => {
    expect(v.area).toBe('城关镇');
    expect(schoolingReport.resolve({}, { ...ctx, settings: { ...ctx.settings, town: ' ' } }).area).toBe('城关中学');
    expect(schoolingReport.resolve({ area: '东街村' }, ctx).area).toBe('东街村');
  });

  it('shows the difference between the 11 counts and 共计 live, naming the unclassified child', () => {
    expect(countsMinusTotal(v)).toBe(-1);
    const w = schoolingReport.warnings!(v);
    expect(schoolingReport.rules!(v).total).toMatch(/^11项人数之和（5）与共计（6）不一致，少 1 人。请核对更正/);
    expect(w.join()).toContain('有 1 名6-15周岁儿童未填写就学状态');
    expect(w.join()).toContain('1 个身份证号码重复出现');
  });

  it('lets a count be typed over and goes back to the roster when cleared', () => {
    const typed = schoolingReport.resolve({ other: 1 }, ctx);
    expect(typed.other).toBe(1);
    expect(countsMinusTotal(typed)).toBe(0);
    expect(schoolingReport.warnings!(typed)[0]).not.toMatch(/不一致/);
    expect(schoolingReport.computed({ other: 1 }, ctx).other).toBe(0);
    expect(schoolingReport.resolve({ other: null }, ctx).other).toBe(0);
  });

  it('computes nothing without a roster: a school types the numbers, and the sum is still checked', () => {
    const none = { sources: { roster: [] }, refDate: REF };
    expect(schoolingReport.resolve({}, none).total).toBeNull();
    const typed = schoolingReport.resolve({ total: 10, inCounty: 8, outCounty: 1 }, none);
    expect(schoolingReport.rules!(typed).total).toMatch(/^11项人数之和（9）与共计（10）不一致，少 1 人。/);
    expect(schoolingReport.rules!(schoolingReport.resolve({ total: 9, inCounty: 8, outCounty: 1 }, none))).toEqual({});
  });

  it('prints the seed\'s sentences with the numbers in place and blank signature lines', () => {
    const lines = [...schoolingReport.paper.head, ...schoolingReport.paper.foot].map((l) => schoolingReport.fill(l.t, v));
    expect(lines).toContain('经摸排，城关镇内6-15周岁适龄儿童少年共计 6 人，具体就学情况如下：');
    expect(lines.join('\n')).toContain('1.县域内实际就读 2 人，县域外就读 0 人，初中已毕业 1 人，延缓入学 0 人，外迁无法联系 0 人，多重户籍 1 人，查无此人 0 人，死亡 0 人，因病因残辍学 0 人，厌学辍学 1 人，其他情况 0 人。');
    expect(lines).toContain('2.辖区内共有易地搬迁户6-15周岁学生 1 人。');
    expect(lines).toContain('3.辖区内共有6-15周岁残疾儿童 1 人。');
    expect(schoolingReport.paper.foot.map((l) => l.t.trim() + (l.right ?? '').trim()).filter(Boolean))
      .toEqual(['校长签字：学校盖章：', '镇（街道）负责人签字：镇（街道）盖章：']);
    expect(schoolingReport.paper.rows).toEqual([]);
  });

  it('never stores the computed-only values', () => {
    expect(schoolingReport.draftSchema.parse({ total: 3, unclassified: 2, duplicates: 1 })).toEqual({ total: 3 });
  });

  // Its speed is measured by `npm run bench` (附件1-1 from 20,000 children); here, that every row counts.
  it('counts every one of 20,000 children: each count is the sum over the copies of the roster', () => {
    const copies = Math.floor(20_000 / ROSTER.length);
    const big = Array.from({ length: copies }, () => ROSTER).flat();
    const v = schoolingReport.resolve({}, { sources: { roster: big }, refDate: REF });
    const { duplicates, ...counts } = EXPECTED_11;
    for (const [key, n] of Object.entries(counts)) expect(v[key], key).toBe(n * copies);
    // A repeated ID number counts once, however many times it appears: two copies say as much as 2,222.
    const twice = schoolingReport.resolve({}, { sources: { roster: [...ROSTER, ...ROSTER] }, refDate: REF });
    expect(twice.duplicates).toBeGreaterThan(duplicates);
    expect(v.duplicates).toBe(twice.duplicates);
  });
});

describe('附件1-1 blank', () => {
  it('prints lines to write on where nothing is known', () => {
    const blank = schoolingReport.resolve({}, { sources: {} });
    expect(schoolingReport.fill('经摸排，{area}内6-15周岁适龄儿童少年共计 {total} 人', blank))
      .toBe('经摸排，____________内6-15周岁适龄儿童少年共计 ______ 人');
  });
});

describe('附件1-1 line on the home page', () => {
  const counts = (n: number) => Object.fromEntries(COUNTS.map((c, i) => [c.key, i === 0 ? n : 0]));
  it('says how many the 11 counts are short of or over 共计, in words, never a signed number', () => {
    expect(schoolingReportProgress({ ...counts(113), total: 115 })).toBe('共计 115 人，11项合计少 2 人');
    expect(schoolingReportProgress({ ...counts(116), total: 115 })).toBe('共计 115 人，11项合计多 1 人');
    expect(schoolingReportProgress({ ...counts(115), total: 115 })).toBe('共计 115 人，11项合计一致');
  });
});
