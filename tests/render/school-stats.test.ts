// The same writers on 附件3-2, a form with row spans, numbers and derived values: nothing in
// the writers is specific to 附件3-1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { read, utils, type CellObject } from '@e965/xlsx';
import { formatPercent } from '../../src/calc/percent';
import { beforeAll, describe, expect, it } from 'vitest';
import { schoolStats } from '../../src/forms/school-stats';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { formPdf } from '../../src/render/pdf';
import { formWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { dump } from './dump';
import { subsetFont } from './font';
import { settings, visitEntry } from './visit-entry';

const visits = [
  visitEntry(),
  visitEntry({ student: '赵堃', mode: 'phone', teacher: '张老师', companions: '' }),
  visitEntry({ student: '王五', mode: 'letter', suggestions: '' }),
].map((e) => e.data);
const stored: Entry = {
  id: '5d0c7c1e-2b7a-4a8e-9f0e-0a1b2c3d4e5f', formId: '3-2', formVersion: 1,
  createdAt: 1, updatedAt: 2, status: 'complete',
  data: { ...schoolStats.emptyData(), unit: '城关中学', date: '2021-11-10', staffTotal: 60, studentTotal: 900, note: '无' },
};
// Screens and files show resolved data; the caller resolves, the writers print what they get.
const shown: Entry = { ...stored, data: schoolStats.resolve(stored.data, { sources: { '3-1': visits } }) };

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);

describe('附件3-2 through the generic writers', () => {
  it('writes numbers as numbers and stores only what is not computed', async () => {
    const bytes = await formWorkbook(schoolStats, [shown], settings);
    dump('3-2.xlsx', bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('城关中学');
    expect(ws.getCell('B4').value).toBe(60);
    expect(ws.model.merges).toContain('A6:A9');
    expect(ws.getCell('A9').border).toMatchObject({ bottom: { style: 'thin' } });

    const { rows } = readOwnWorkbook(bytes);
    const data = (rows[0] as Entry).data;
    expect(data.staffTotal).toBe(60);
    expect(data.face).toBe(shown.data.face);
    expect('staffShare' in data).toBe(false);
    expect(schoolStats.draftSchema.parse(data)).toEqual(schoolStats.draftSchema.parse(shown.data));
  });

  it('writes the shares as numbers shown with one decimal, as the paper prints them', async () => {
    const bytes = await formWorkbook(schoolStats, [shown], settings);
    const ws = read(bytes, { type: 'array', cellNF: true }).Sheets['城关中学']!;
    const cells = Object.entries(ws).filter(([a]) => !a.startsWith('!')) as [string, CellObject][];
    const label = (t: string) => cells.find(([, c]) => typeof c.v === 'string' && c.v.replace(/\s/g, '') === t)?.[0];
    for (const [labelText, key] of [
      ['参与家访的干部教师占干部教师总数的比例（%）', 'staffShare'],
      ['被家访的学生占学生总数的比例（%）', 'studentShare'],
    ] as const) {
      const at = utils.decode_cell(label(labelText)!);
      const cell = ws[utils.encode_cell({ r: at.r, c: at.c + 1 })] as CellObject;
      const expected = formatPercent(shown.data[key] as number);
      expect(expected).toMatch(/^\d+\.\d$/);
      expect(cell.t).toBe('n');
      expect(cell.v).toBe(Number(expected));
      expect(cell.w).toBe(expected);
    }
  });

  it('prints one page with the computed shares', () => {
    const pdf = formPdf(schoolStats, [shown], settings, font);
    dump('3-2.pdf', pdf);
    const dir = mkdtempSync(join(tmpdir(), 'pdf-3-2-'));
    writeFileSync(join(dir, 'a.pdf'), pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    } catch {
      return; // poppler missing: the xlsx test above still covers the layout
    }
    for (const s of ['干部教师总数', '60', '900', '面对面家访数']) expect(text).toContain(s);
    expect(text).toContain('家访形式统计');
    expect(text).toContain(schoolStats.text(shown.data, 'studentShare'));
  });
});
