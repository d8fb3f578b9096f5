import type { GroupedTable } from '../../forms/kit/grouped-table';
import type { Settings } from '../../settings/schema';
import { a4, BOX, font, linesHeight, MAX_ROW_HEIGHT, uniqueSheetName, wrappedLines, xmlSafe } from './cells';
import { writeLine } from './form-workbook';
import { laidLine } from '../layout/layout';
import { Workbook } from './ooxml';

/**
 * A table in titled groups (特殊情况分类花名册) on one landscape sheet: the header row
 * repeats on every printed page, each group starts with its title merged across the table.
 */
export async function groupedTableWorkbook(table: GroupedTable, settings: Settings): Promise<Uint8Array> {
  const widths = table.columns.map((c) => c.width);
  const n = widths.length;
  const wb = new Workbook();
  wb.creator = settings.unit;
  wb.title = table.title;
  const ws = wb.addWorksheet(uniqueSheetName(table.title, new Set(), '花名册'));
  ws.columns = widths.map((width) => ({ width, style: { font: font() } }));
  writeLine(ws, 1, laidLine({ t: table.title, align: 'center', size: 16, bold: true }), widths);
  writeLine(ws, 2, laidLine({ t: table.info, size: 11, right: table.infoRight }), widths);

  const head = ws.getRow(3);
  head.values = table.columns.map((c) => c.label);
  head.eachCell((cell) => {
    cell.style = { font: font(undefined, true), border: BOX, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  });
  head.height = linesHeight(1);

  let r = 4;
  for (const g of table.groups) {
    const row = ws.getRow(r);
    row.getCell(1).value = xmlSafe(g.title);
    for (let c = 1; c <= n; c++)
      row.getCell(c).style = { font: font(undefined, true), border: BOX, alignment: { horizontal: 'left', vertical: 'middle' } };
    ws.mergeCells(r, 1, r, n);
    row.height = linesHeight(1);
    r++;
    for (const cells of g.rows) {
      const row = ws.getRow(r);
      row.values = cells.map((t) => xmlSafe(t) || null);
      for (let c = 1; c <= n; c++)
        row.getCell(c).style = {
          font: font(),
          border: BOX,
          alignment: { horizontal: c === 1 ? 'center' : 'left', vertical: 'top', wrapText: true },
        };
      const lines = Math.max(1, ...cells.map((t, i) => wrappedLines(t, widths[i])));
      row.height = Math.min(linesHeight(lines), MAX_ROW_HEIGHT);
      r++;
    }
  }
  for (const note of table.notes ?? []) writeLine(ws, r++, laidLine({ t: note, size: 10 }), widths);

  const last = ws.getColumn(n).letter;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
  a4(ws, 'landscape', last, r - 1);
  ws.pageSetup.printTitlesRow = '3:3';
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
  return wb.xlsx.writeBuffer();
}
