// The .xlsx writer, read back with SheetJS (the app's own reader) and, where SheetJS does
// not model a part (styles, page setup, panes), from the file's XML itself.
import { read, utils } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/render/xlsx/ooxml';
import { colLetter } from '../../../src/render/xlsx/ooxml/address';

const box = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BOX = { top: box, left: box, bottom: box, right: box };

async function written(wb: Workbook) {
  const bytes = await wb.xlsx.writeBuffer();
  const parts = unzipSync(bytes);
  const xml = (name: string) => strFromU8(parts[name]!);
  return { bytes, xml, book: read(bytes, { cellStyles: true, cellFormula: true, bookVBA: false }) };
}

describe('ooxml writer', () => {
  it('names columns past Z as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(colLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('escapes markup, keeps control characters XML 1.0 forbids as _xHHHH_, and keeps "_x0041_" literal', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = 'a < b & "c" \'d\' > e';
    ws.getCell('A2').value = 'pasted\u000bfrom\u0001Word';
    ws.getCell('A3').value = '_x0041_';
    ws.getCell('A4').value = '  两端空格\n第二行 ';
    const { book } = await written(wb);
    const rows = utils.sheet_to_json<string[]>(book.Sheets['表']!, { header: 1 });
    expect(rows.map((r) => r[0])).toEqual(['a < b & "c" \'d\' > e', 'pasted\u000bfrom\u0001Word', '_x0041_', '  两端空格\n第二行 ']);
  });

  it('writes numbers as numbers, booleans as booleans and formulas with their cached results', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow([1.5, true, false, '7']);
    ws.addRow([{ formula: 'SUM(A1:A1)', result: 1.5 }, { formula: '=IF(A1=0,"",1)', result: '' }, { formula: 'A1>0', result: true }]);
    const { book } = await written(wb);
    const s = book.Sheets.S!;
    expect([s.A1!.t, s.A1!.v, s.B1!.t, s.B1!.v, s.C1!.v, s.D1!.t, s.D1!.v]).toEqual(['n', 1.5, 'b', true, false, 's', '7']);
    expect([s.A2!.f, s.A2!.v]).toEqual(['SUM(A1:A1)', 1.5]);
    expect([s.B2!.f, s.B2!.v]).toEqual(['IF(A1=0,"",1)', '']);
    expect([s.C2!.f, s.C2!.v]).toEqual(['A1>0', true]);
  });

  it('writes each distinct style, font and border once', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 5; r++)
      for (let c = 1; c <= 4; c++)
        ws.getCell(r, c).style = { font: { name: '宋体', size: 11, bold: r === 1 }, border: BOX, alignment: { vertical: 'middle', wrapText: true } };
    ws.getCell(6, 1).numFmt = '0.0';
    ws.getCell(6, 2).numFmt = '0.0';
    ws.getCell(6, 2).value = 6.7;
    const { xml, book } = await written(wb);
    const styles = xml('xl/styles.xml');
    // Default, 宋体, 宋体 bold; no border and the box; default, bold cell, plain cell, 0.0.
    expect(styles.match(/<font>/g)).toHaveLength(3);
    expect(styles.match(/<border>/g)).toHaveLength(2);
    expect(styles).toMatch(/<cellXfs count="4">/);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="0.0"/>');
    expect(styles).toContain('<alignment vertical="center" wrapText="1"/>');
    expect(styles).toContain('<name val="宋体"/><family val="3"/><charset val="134"/>');
    expect(book.Sheets.S!.B6!.z).toBe('0.0');
  });

  it('merges ranges given either way and gives the hidden cells the frame', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell(2, 1).style = { border: BOX };
    ws.getCell(2, 1).value = '合并';
    ws.mergeCells(2, 1, 3, 2);
    ws.mergeCells('C1:E1');
    const { xml, book } = await written(wb);
    expect(book.Sheets.S!['!merges']).toEqual([
      { s: { r: 1, c: 0 }, e: { r: 2, c: 1 } },
      { s: { r: 0, c: 2 }, e: { r: 0, c: 4 } },
    ]);
    expect(xml('xl/worksheets/sheet1.xml')).toContain('<c r="B3" s="1"/>');
  });

  it('writes column widths, column styles and row heights', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.columns = [{ width: 7 }, { width: 48, style: { font: { name: '宋体', size: 11 } } }];
    ws.getRow(1).height = 28;
    ws.getRow(3).height = 40.5;
    ws.getCell('B2').value = 'x';
    const { xml, book } = await written(wb);
    const s = book.Sheets.S!;
    expect(s['!cols']!.slice(0, 2).map((c) => c.width)).toEqual([7, 48]);
    expect(s['!rows']![0]!.hpt).toBe(28);
    expect(s['!rows']![2]!.hpt).toBe(40.5);
    // A cell in a styled column takes the column's font.
    expect(xml('xl/worksheets/sheet1.xml')).toContain('<c r="B2" s="1" t="s">');
  });

  it('keeps a sheet hidden and opens on the first visible one', async () => {
    const wb = new Workbook();
    wb.addWorksheet('表').getCell('A1').value = 1;
    wb.addWorksheet('数据', { state: 'veryHidden' }).addRow(['jiafang', 1]);
    wb.addWorksheet('藏', { state: 'hidden' });
    const { book, xml } = await written(wb);
    expect(book.SheetNames).toEqual(['表', '数据', '藏']);
    expect(book.Workbook!.Sheets!.map((s) => s.Hidden)).toEqual([0, 2, 1]);
    expect(utils.sheet_to_json<unknown[]>(book.Sheets['数据']!, { header: 1 })).toEqual([['jiafang', 1]]);
    expect(xml('xl/worksheets/sheet1.xml')).toContain('tabSelected="1"');
    expect(xml('xl/worksheets/sheet2.xml')).not.toContain('tabSelected');
  });

  it('writes page setup, margins, print area and titles, frozen panes, footer and filter', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('附件1表册');
    ws.getCell('A3').value = '序号';
    ws.pageSetup = {
      ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, scale: 85,
      horizontalCentered: true, printArea: 'A1:X12',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.pageSetup.printTitlesRow = '3:3';
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
    ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
    ws.autoFilter = 'A3:X12';
    const { xml, book } = await written(wb);
    const sheet = xml('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" scale="85" fitToWidth="1" fitToHeight="0" orientation="landscape"/>');
    expect(sheet).toContain('<printOptions horizontalCentered="1"/>');
    expect(sheet).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>');
    expect(sheet).toContain('<autoFilter ref="A3:X12"/>');
    expect(book.Sheets['附件1表册']!['!margins']).toMatchObject({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 });
    const names = Object.fromEntries(book.Workbook!.Names!.map((n) => [n.Name, n.Ref]));
    expect(names['_xlnm.Print_Area']).toBe("'附件1表册'!$A$1:$X$12");
    expect(names['_xlnm.Print_Titles']).toBe("'附件1表册'!$3:$3");
  });
});
