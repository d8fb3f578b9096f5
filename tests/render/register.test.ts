// The 表册 (a row per entry) in Excel and PDF: one definition of columns and order
// (kit/register.ts), and an Excel page setup that prints at 9 pt or more.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormDef } from '../../src/forms/kit/define';
import { registerColumns, registerOrder } from '../../src/forms/kit/register';
import { roster } from '../../src/forms/roster';
import { verification } from '../../src/forms/verification';
import { registerPdf } from '../../src/render/pdf';
import { registerWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { dump } from './dump';
import { subsetFont } from './font';
import { form, settings, visitEntry } from './visit-entry';

const poppler = (() => {
  try {
    execFileSync('which', ['pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const dir = mkdtempSync(join(tmpdir(), 'register-test-'));
const pdfText = (pdf: Uint8Array, ...args: string[]) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
};

const uuid = (i: number) => `0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9b${String(i).padStart(2, '0')}`;
// Deliberately out of order, with full- and half-width brackets for one class.
const visits: Entry[] = [
  visitEntry({ className: '八年级（1）班', student: '王五', date: '2021-10-20' }, uuid(1)),
  visitEntry({ className: '七年级(2)班', student: '赵堃', date: '2021-10-22' }, uuid(2)),
  visitEntry({ className: '七年级（2）班', student: '李㛃', date: '2021-10-26' }, uuid(3)),
  visitEntry({ className: '九年级（3）班', student: '刘芳', date: '2021-10-21' }, uuid(4)),
  visitEntry({ className: '七年级（2）班', student: '李㛃', date: '2021-10-24' }, uuid(5)),
  visitEntry({ className: '七年级（10）班', student: '陈晨', date: '2021-10-23' }, uuid(6)),
];
const ORDER = [uuid(5), uuid(3), uuid(2), uuid(6), uuid(1), uuid(4)];

const child = (i: number, over: Entry['data'] = {}): Entry => ({
  id: uuid(i), formId: 'roster', formVersion: 1, createdAt: 1, updatedAt: 2, status: 'complete',
  data: {
    ...roster.emptyData(), name: `学生${i}`, sex: '男', idNumber: '610526201203150012', birth: '2012-03-15',
    village: '东街村', address: '东街村三组', parent: '张三', phone: '13912345678', status: '县域内实际就读',
    school: '城关中学', grade: '七年级', ...over,
  },
});

async function sheet(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb.worksheets[0]!;
}

/**
 * The size the grid text prints at: its font size × the print scale Excel uses. With
 * fit-to-page Excel shrinks the sheet until its columns fit the page: that scale is
 * worked out here the way Excel does (printable width / width of the columns).
 */
function printedSizes(ws: ExcelJS.Worksheet) {
  const setup = ws.pageSetup;
  const pageWidth = setup.orientation === 'landscape' ? 841.89 : 595.28;
  const printable = pageWidth - ((setup.margins?.left ?? 0.7) + (setup.margins?.right ?? 0.7)) * 72;
  const columns = ws.columns.map((c) => c.width ?? 9);
  // Excel gives a width unit 7 px (5.25 pt); LibreOffice, measured on these files, about
  // 5.6 pt: the wider one is used, so that the sheet prints at 9 pt in either.
  const tablePoints = columns.reduce((a, w) => a + w, 0) * 5.6;
  const scale = setup.fitToPage
    ? Math.min(1, printable / tablePoints, (setup.scale ?? 100) / 100)
    : (setup.scale ?? 100) / 100;
  let smallest = Infinity;
  ws.eachRow((row, r) => {
    if (r < 3) return; // title lines are larger anyway
    row.eachCell((cell) => (smallest = Math.min(smallest, cell.font?.size ?? 11)));
  });
  return { scale, smallestPoints: smallest * scale, fits: tablePoints * scale <= printable + 0.5, columns: columns.length };
}

describe.each<[string, FormDef, Entry[]]>([
  ['附件3-1 家访表册', form, visits],
  ['花名册', roster, Array.from({ length: 30 }, (_, i) => child(i))],
  ['附件4 核查认定表册', verification, [{
    id: uuid(50), formId: '4', formVersion: 1, createdAt: 1, updatedAt: 2, status: 'draft',
    data: { ...verification.emptyData(), name: '张三', sex: '男', idNumber: '610526201203150012', nonDropoutClass: '外迁无法联系', details: '全家外出务工，联系不上。' },
  }]],
])('%s in Excel', (name, f, entries) => {
  it('prints its grid at 9 pt or more with every column across landscape A4', async () => {
    // With the notes, its widest form.
    const bytes = await registerWorkbook(f, entries, settings, { notes: true });
    dump(`${name}.xlsx`, bytes);
    const ws = await sheet(bytes);
    const size = printedSizes(ws);
    expect(size.columns).toBe(registerColumns(f).length);
    expect(size.fits).toBe(true);
    expect(size.smallestPoints).toBeGreaterThanOrEqual(9);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' });
    // Text wraps inside its column rather than widening it.
    expect(ws.getCell(4, 2).alignment).toMatchObject({ wrapText: true });
  });
});

describe('both 家访表册 files', () => {
  let font: Uint8Array;
  beforeAll(() => {
    font = subsetFont();
  }, 120_000);

  it('sort by class (grades in order, brackets of either width alike), then student, then date', async () => {
    expect(registerOrder(form, visits).map((e) => e.id)).toEqual(ORDER);
    const ws = await sheet(await registerWorkbook(form, visits, settings));
    const col = 2 + form.registerKeys.indexOf('date');
    const dates = ORDER.map((id) => form.text(visits.find((e) => e.id === id)!.data, 'date'));
    expect(ORDER.map((_, i) => ws.getCell(4 + i, col).value)).toEqual(dates);
  });

  it.skipIf(!poppler)('list the same columns in the same order as the Excel, rows in the same order', async () => {
    const ws = await sheet(await registerWorkbook(form, visits, settings));
    const excelHead = (ws.getRow(3).values as string[]).slice(1);
    expect(excelHead).toEqual(registerColumns(form).map((c) => c.label));

    const pdf = registerPdf(form, visits, settings, font);
    dump('家访表册.pdf', pdf);
    // Each header label is printed (wrapped within its column) left of the next one.
    const words = [...pdfText(pdf, '-bbox').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), t: m[3]! }));
    const headY = words.find((w) => w.t.startsWith('序号'))!.y;
    const head = words.filter((w) => Math.abs(w.y - headY) < 15);
    const xs = excelHead.map((label) => {
      const w = head.find((h) => label.startsWith(h.t) && h.t.length >= Math.min(2, label.length));
      expect(w, label).toBeDefined();
      return w!.x;
    });
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const flat = pdfText(pdf).replace(/\s+/g, '');
    expect(flat).toContain('共6份');
    const dates = ORDER.map((id) => form.text(visits.find((e) => e.id === id)!.data, 'date'));
    const at = dates.map((d) => flat.indexOf(d));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it.skipIf(!poppler)('the roster 表册 PDF has the Excel columns (性别, 出生日期 …) and counts 人', async () => {
    const kids = [child(1), child(2, { name: '李四', sex: '女', birth: '2013-05-06', idNumber: '61052620130506002X' })];
    const ws = await sheet(await registerWorkbook(roster, kids, settings));
    const excelHead = (ws.getRow(3).values as string[]).slice(1);
    const pdf = registerPdf(roster, kids, settings, font);
    dump('花名册表册.pdf', pdf);
    const flat = pdfText(pdf).replace(/\s+/g, '');
    for (const label of excelHead) expect(flat).toContain(label.slice(0, 2));
    expect(flat).toContain('2013年5月6日');
    expect(flat).toContain('共2人');
    expect(String(ws.getCell('A2').value) + String(ws.getRow(2).values)).toContain('共 2 人');
  });
});
