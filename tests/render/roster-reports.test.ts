// 附件1-1 (a letter: lines, no grid) and 附件1-2 (a repeated row with column totals)
// through the generic writers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { schoolingReport } from '../../src/forms/schooling-report';
import { townTable } from '../../src/forms/town-table';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { formPdf } from '../../src/render/pdf';
import { formWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { REF, ROSTER } from '../forms/roster-reports-fixture';
import { dump } from './dump';
import { subsetFont } from './font';
import { settings } from './visit-entry';

const ctx = { sources: { roster: ROSTER, '1-1': [] }, refDate: REF, settings: { unit: '城关中学', town: '城关镇', year: 2021 } };
const entry = (formId: string, data: Entry['data']): Entry => ({
  id: '5d0c7c1e-2b7a-4a8e-9f0e-0a1b2c3d4e5f', formId, formVersion: 1, createdAt: 1, updatedAt: 2, status: 'complete', data,
});
const report = entry('1-1', { area: null });
const table = entry('1-2', { villages: [{ village: '西街村', school: '城关小学', phone: '13912345678' }] });

function pdfText(bytes: Uint8Array): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-1x-'));
  writeFileSync(join(dir, 'a.pdf'), bytes);
  try {
    return execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } catch {
    return null; // poppler missing
  }
}

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);

describe('附件1-1 through the generic writers', () => {
  it('writes the letter as lines with the numbers in the sentences', async () => {
    const bytes = await formWorkbook(schoolingReport, [report], settings, ctx);
    dump('1-1.xlsx', bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A3').value).toBe('6-15周岁适龄儿童少年就学情况摸排');
    expect(ws.getCell('A4').value).toBe('统计报告');
    expect(ws.getCell('A6').value).toBe('经摸排，城关镇内6-15周岁适龄儿童少年共计 6 人，具体就学情况如下：');
    expect(String(ws.getCell('A7').value)).toMatch(/^1\.县域内实际就读 2 人，县域外就读 0 人，初中已毕业 1 人/);
    expect(ws.getCell('A8').value).toBe('2.辖区内共有易地搬迁户6-15周岁学生 1 人。');
    expect(ws.getCell('A9').value).toBe('3.辖区内共有6-15周岁残疾儿童 1 人。');
    const values = JSON.stringify(ws.getSheetValues());
    for (const s of ['校长签字：', '学校盖章：', '镇（街道）负责人签字：', '镇（街道）盖章：']) expect(values).toContain(s);
    expect(ws.pageSetup.orientation).toBe('portrait');
    // The data sheet keeps what was typed (nothing): the counts are recomputed on import.
    expect((readOwnWorkbook(bytes).rows[0] as Entry).data.total).toBeNull();
  });

  it('prints the letter on one page', () => {
    const pdf = formPdf(schoolingReport, [report], settings, font, ctx);
    dump('1-1.pdf', pdf);
    const text = pdfText(pdf);
    if (text === null) return;
    const flat = text.replace(/\s+/g, '');
    for (const s of ['统计报告', '共计6人', '县域内实际就读2人', '残疾儿童1人', '校长签字：', '镇（街道）盖章：']) expect(flat).toContain(s);
    expect(text.split('\f').filter((p) => p.trim())).toHaveLength(1);
  });
});

describe('附件1-2 through the generic writers', () => {
  it('writes a row per village under the two-row header, and totals as formulas with their values', async () => {
    const bytes = await formWorkbook(townTable, [table], settings, ctx);
    dump('1-2.xlsx', bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('城关镇2021年6—15周岁儿童少年统计表');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['D3:M3', 'A3:A4', 'B3:B4', 'C3:C4', 'A8:B8']));
    expect(ws.getCell('D3').value).toBe('各年级段学生分布');
    expect(ws.getCell('D4').value).toBe('6\n周岁');
    expect(ws.getCell('M4').value).toBe('15\n周岁');
    // Rows 5–7: 东街村, 西街村, （未填写村委会）; numbers as numbers.
    expect([ws.getCell('A5').value, ws.getCell('B5').value, ws.getCell('C5').value]).toEqual(['1', '东街村', 2]);
    expect([ws.getCell('B6').value, ws.getCell('C6').value, ws.getCell('J6').value, ws.getCell('O6').value])
      .toEqual(['西街村', 3, 2, 1]);
    expect([ws.getCell('Q6').value, ws.getCell('U6').value]).toEqual(['城关小学', '13912345678']);
    expect(ws.getCell('A8').value).toBe('合计');
    expect(ws.getCell('C8').value).toEqual({ formula: 'SUM(C5:C7)', result: 6 });
    expect(ws.getCell('J8').value).toEqual({ formula: 'SUM(J5:J7)', result: 2 });
    expect(ws.getCell('N8').value).toEqual({ formula: 'SUM(N5:N7)', result: 1 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    // The typed columns go into the data sheet, the computed numbers do not.
    expect((readOwnWorkbook(bytes).rows[0] as Entry).data.villages).toEqual(table.data.villages);
  });

  it('prints one landscape page with the rows and 合计', () => {
    const pdf = formPdf(townTable, [table], settings, font, ctx);
    dump('1-2.pdf', pdf);
    const text = pdfText(pdf);
    if (text === null) return;
    const flat = text.replace(/\s+/g, '');
    for (const s of ['城关镇2021年6—15周岁儿童少年统计表', '各年级段学生分布', '东街村', '西街村', '城关小学', '合计']) expect(flat).toContain(s);
    expect(text.split('\f').filter((p) => p.trim())).toHaveLength(1);
  });
});
