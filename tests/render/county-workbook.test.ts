// The bureau's county .xlsx reads back to the summary's numbers, with the 合计 as formulas.
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { summarise, type FileIn } from '../../src/calc/county';
import { COUNTY_1_2, COUNTY_3_2 } from '../../src/calc/county-annexes';
import { formatPercent, percent } from '../../src/calc/percent';
import { countyWorkbook } from '../../src/render/xlsx/county-workbook';

const school = (unit: string, n: number): FileIn => {
  const c = { staffTotal: 50 + n, staffVisited: 40, studentTotal: 800 + n, studentsVisited: 300 + n, visits: 30, face: 10, phone: 10, sms: 5, online: 5, suggestions: n };
  const values: Record<string, number | null> = {
    ...c, staffShare: percent(40, 50 + n), studentShare: percent(300 + n, 800 + n),
    faceShare: percent(10, 30), phoneShare: percent(10, 30), smsShare: percent(5, 30), onlineShare: percent(5, 30),
  };
  return { name: `${unit}.xlsx`, read: { report: { formId: '3-2', formVersion: 1, updatedAt: 1, unit, year: 2021, complete: true, values, flags: {}, hash: unit } } };
};

describe('countyWorkbook', () => {
  it('has a row per school and a 合计 row of SUM formulas with cached sums', async () => {
    const s = summarise(COUNTY_3_2, [school('甲校', 1), school('乙校', 7)], 2021);
    const wb = read(await countyWorkbook([s], () => '附件3-2 汇总'), { cellFormula: true });
    expect(wb.SheetNames).toEqual(['附件3-2汇总']);
    const ws = wb.Sheets[wb.SheetNames[0]];
    const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1 });
    expect(rows[2][0]).toBe('甲校');
    expect(rows[2][1]).toBe(51);
    expect(rows[4][0]).toBe('合计');
    expect(rows[4][1]).toBe(51 + 57);
    expect(ws.B5.f).toBe('SUM(B3:B4)');
    expect(rows[4][4]).toBe(801 + 807);
    expect(String(rows[4][6])).toBe(formatPercent(percent(301 + 307, 801 + 807)));
    expect(ws.G5.f).toContain('E5');
  });

  it('has a sheet per annex received, each with its own columns and 合计', async () => {
    const town = (unit: string, n: number): FileIn => ({
      name: `${unit}.xlsx`,
      read: { report: { formId: '1-2', formVersion: 1, updatedAt: 1, unit, year: 2021, complete: true, flags: {}, hash: unit,
        values: Object.fromEntries(COUNTY_1_2.columns.map((c, i) => [c.key, n + i])) } },
    });
    const towns = summarise(COUNTY_1_2, [town('城关镇', 10), town('东陈镇', 20)], 2021);
    const schools = summarise(COUNTY_3_2, [school('甲校', 1)], 2021);
    const wb = read(await countyWorkbook([schools, towns], (s) => s.annex.title), { cellFormula: true });
    expect(wb.SheetNames).toEqual(['附件3-2汇总', '附件1-2汇总']);
    const rows = utils.sheet_to_json<unknown[]>(wb.Sheets['附件1-2汇总'], { header: 1 });
    expect(rows[0][0]).toBe(COUNTY_1_2.title);
    expect(rows[1]).toEqual(['镇（街道）', ...COUNTY_1_2.columns.map((c) => c.label)]);
    expect(rows[1]).toContain('6周岁');
    expect(rows[4][0]).toBe('合计');
    expect(rows[4].slice(1)).toEqual(COUNTY_1_2.columns.map((_, i) => 30 + 2 * i));
    expect(wb.Sheets['附件1-2汇总'].N5.f).toBe('SUM(N3:N4)');
  });
});
