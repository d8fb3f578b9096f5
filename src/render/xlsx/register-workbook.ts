import type { FormDef } from '../../forms/kit/define';
import { registerColumns, registerCount, registerOrder } from '../../forms/kit/register';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import {
  a4, BOX, font, linesHeight, MAX_ROW_HEIGHT, NUMERIC_KINDS, registerPrintSetup, uniqueSheetName, wrappedLines, xmlSafe,
} from './cells';
import { addDataSheet } from './data-sheet';
import { comparable, DATA_SHEET } from '../../io/formats/data-sheet';
import { writeLine } from './form-workbook';
import { laidLine } from '../layout/layout';
import { Workbook } from './ooxml';

/** What a 表册 file carries beyond its printed columns (both chosen by the user where the form allows). */
export interface RegisterOptions {
  /** The hidden data sheet (default: unless the form makes it optional). */
  dataSheet?: boolean;
  /** Notes, the fields marked sensitive: 'note' (default: left out). */
  notes?: boolean;
}

/**
 * Lines a header label takes: a narrow column (a signature's 是/否) breaks between whole
 * hanzi, one or two to a line, which the width estimate alone undercounts.
 */
function headLines(label: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) / 2.2));
  return Math.max(wrappedLines(label, width), Math.ceil([...label].length / perLine));
}

/**
 * The 表册: one row per entry, the columns of `form.register` (kit/register.ts) at their
 * fixed widths with text wrapping inside, on landscape A4 at a print scale that keeps the
 * text at 9 pt or more (11 pt × scale); pages break between rows and repeat the header.
 * Plus the hidden data sheet, unless the form makes it optional and it was not asked for.
 * Notes (fields marked sensitive: 'note') only when asked for.
 */
export async function registerWorkbook(
  form: FormDef, entries: Entry[], settings: Settings,
  { dataSheet = form.register?.dataSheet !== 'optional', notes = false }: RegisterOptions = {},
): Promise<Uint8Array> {
  const columns = registerColumns(form, { notes });
  const fields = columns.slice(1).map((c) => form.fieldByKey.get(c.key)!);
  const ordered = registerOrder(form, entries);
  const rows = ordered.map((e) => fields.map((f) => xmlSafe(form.text(e.data, f.key))));
  const widths = columns.map((c) => c.width);

  const wb = new Workbook();
  wb.creator = settings.unit;
  wb.title = form.registerTitle;
  const ws = wb.addWorksheet(uniqueSheetName(`${form.annex}表册`, new Set([DATA_SHEET]), '表册'));
  // The column style gives cells left empty (and so untouched) the form's font too.
  ws.columns = widths.map((width) => ({ width, style: { font: font() } }));
  writeLine(ws, 1, laidLine({ t: form.registerTitle, align: 'center', size: 16, bold: true }), widths);
  writeLine(ws, 2, laidLine({ t: `单位名称：${settings.unit}`, size: 11, right: registerCount(form, entries.length) }), widths);

  const head = ws.getRow(3);
  head.values = ['序号', ...fields.map((f) => f.label)];
  head.eachCell((cell) => {
    cell.style = { font: font(undefined, true), border: BOX, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  });
  head.height = Math.min(MAX_ROW_HEIGHT, Math.max(...fields.map((f, i) => linesHeight(headLines(f.label, widths[i + 1]!)))));

  ordered.forEach((e, i) => {
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
  ws.pageSetup = { ...ws.pageSetup, ...registerPrintSetup(widths), printTitlesRow: '3:3' };
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };

  // Each value sits alone in its column: the import compares it with the hidden data.
  const compared = fields.flatMap((f, j) => (comparable(form, `{${f.key}}`) ? [[ws.getColumn(j + 2).letter, `{${f.key}}`]] : []));
  const visible = ordered.map((_, i) => ({
    sheet: ws.name,
    cells: compared.map(([col, t]): [string, string] => [`${col}${4 + i}`, t]),
  }));
  if (dataSheet) addDataSheet(wb, form, ordered, visible, undefined, { notes });
  return wb.xlsx.writeBuffer();
}
