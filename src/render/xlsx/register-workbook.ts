import ExcelJS from 'exceljs';
import type { FormDef } from '../../forms/kit/define';
import type { Field, FieldKind } from '../../forms/kit/field';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import {
  a4, BOX, displayWidth, font, linesHeight, MAX_ROW_HEIGHT, NUMERIC_KINDS, uniqueSheetName, wrappedLines, xmlSafe,
} from './cells';
import { addDataSheet } from './data-sheet';
import { comparable, DATA_SHEET } from './data-format';
import { writeLine } from './form-workbook';

/** Widest column per kind, in character units; longer text wraps. */
const MAX_WIDTH: Partial<Record<FieldKind, number>> = { textarea: 40, multi: 30 };

/** The 表册 title: “…记录表” becomes “…记录表册”. */

/**
 * The 表册: one row per entry, one column per field (or per `keys`), on one landscape sheet,
 * plus the hidden data sheet.
 */
export async function registerWorkbook(
  form: FormDef, entries: Entry[], settings: Settings,
  keys: string[] = form.registerKeys,
): Promise<Uint8Array> {
  const fields = keys.map((k) => form.fieldByKey.get(k)).filter((f): f is Field => !!f);
  const rows = entries.map((e) => fields.map((f) => xmlSafe(form.text(e.data, f.key))));
  const widths = [
    6,
    ...fields.map((f, i) => {
      const content = Math.max(0, ...rows.flatMap((r) => r[i].split('\n').map(displayWidth)));
      const header = Math.min(displayWidth(f.label), 12);
      return Math.round(Math.min(Math.max(content, header) + 2, MAX_WIDTH[f.kind] ?? 24) * 10) / 10;
    }),
  ];

  const wb = new ExcelJS.Workbook();
  wb.creator = settings.unit;
  wb.title = form.registerTitle;
  const ws = wb.addWorksheet(uniqueSheetName(`${form.annex}表册`, new Set([DATA_SHEET]), '表册'));
  // A column style also keeps ExcelJS from dropping width 9, its default, from the file.
  ws.columns = widths.map((width) => ({ width, style: { font: font() } }));
  const plain = (t: string) => xmlSafe(t);
  writeLine(ws, 1, { t: form.registerTitle, align: 'center', size: 16, bold: true }, plain, widths);
  writeLine(ws, 2, { t: `单位名称：${settings.unit}`, size: 11, right: `共 ${entries.length} 份` }, plain, widths);

  const head = ws.getRow(3);
  head.values = ['序号', ...fields.map((f) => f.label)];
  head.eachCell((cell) => {
    cell.style = { font: font(undefined, true), border: BOX, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  });
  head.height = Math.min(MAX_ROW_HEIGHT, Math.max(...fields.map((f, i) => linesHeight(wrappedLines(f.label, widths[i + 1])))));

  entries.forEach((e, i) => {
    const row = ws.getRow(4 + i);
    row.values = [
      i + 1,
      ...fields.map((f, j) => {
        const v = e.data[f.key];
        return NUMERIC_KINDS.has(f.kind) && typeof v === 'number' ? v : rows[i][j] || null;
      }),
    ];
    for (let c = 1; c <= widths.length; c++)
      row.getCell(c).style = {
        font: font(),
        border: BOX,
        alignment: { horizontal: c === 1 ? 'center' : 'left', vertical: 'top', wrapText: true },
      };
    const lines = Math.max(1, ...rows[i].map((t, j) => wrappedLines(t, widths[j + 1])));
    row.height = Math.min(linesHeight(lines), MAX_ROW_HEIGHT);
  });

  const last = ws.getColumn(widths.length).letter;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
  if (entries.length) ws.autoFilter = `A3:${last}${3 + entries.length}`;
  a4(ws, 'landscape', last, 3 + entries.length);
  ws.pageSetup.printTitlesRow = '3:3';
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };

  // Each value sits alone in its column: the import compares it with the hidden data.
  const columns = fields.flatMap((f, j) => (comparable(form, `{${f.key}}`) ? [[ws.getColumn(j + 2).letter, `{${f.key}}`]] : []));
  const visible = entries.map((_, i) => ({
    sheet: ws.name,
    cells: columns.map(([col, t]): [string, string] => [`${col}${4 + i}`, t]),
  }));
  addDataSheet(wb, form, entries, visible);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
