// The bureau's county .xlsx reads back to the summary's numbers, with the 合计 as formulas.
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { summarise, type FileIn } from '../../src/calc/county';
import { formatPercent, percent } from '../../src/calc/percent';
import { countyWorkbook } from '../../src/render/xlsx/county-workbook';

const school = (unit: string, n: number): FileIn => {
  const c = { staffTotal: 50 + n, staffVisited: 40, studentTotal: 800 + n, studentsVisited: 300 + n, visits: 30, face: 10, phone: 10, sms: 5, online: 5, suggestions: n };
  const values: Record<string, number | null> = {
    ...c, staffShare: percent(40, 50 + n), studentShare: percent(300 + n, 800 + n),
    faceShare: percent(10, 30), phoneShare: percent(10, 30), smsShare: percent(5, 30), onlineShare: percent(5, 30),
  };
  return { name: `${unit}.xlsx`, read: { report: { formId: '3-2', formVersion: 1, updatedAt: 1, unit, date: '2021-11-01', values, confirmed: { staff: false, students: false }, hash: unit } } };
};

describe('countyWorkbook', () => {
  it('has a row per school and a 合计 row of SUM formulas with cached sums', async () => {
    const s = summarise([school('甲校', 1), school('乙校', 7)], 2021);
    const wb = read(await countyWorkbook(s, '附件3-2 汇总'), { cellFormula: true });
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
});
