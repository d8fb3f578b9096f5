import { directoryTotals, missingByBox, termText, volumes, type Volume } from '../../forms/archive';
import type { DeriveContext, FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { a4, BOX, font, formulaCell, linesHeight, uniqueSheetName, wrappedLines, xmlSafe } from './cells';
import { addFormSheets } from './form-workbook';
import { Workbook, type Alignment, type Worksheet } from './ooxml';

const DIR_WIDTHS = [7, 48, 8, 8, 18];
const DIR_HEADERS = ['序号', '资料名称', '份数', '页数', '备注'];
/** Rows printed at least, blank ones for what is added by hand later (as in the PDF). */
const MIN_ROWS = 12;

/**
 * The whole catalogue as one workbook: the 附件2-2 table as the paper form (the generic
 * writer, so it matches the PDF and print view, with its hidden data sheet for re-import),
 * then 缺项一览 and one 盒内详细目录 sheet per box and volume.
 */
export async function catalogueWorkbook(
  form: FormDef, entry: Entry, settings: Settings, ctx: DeriveContext,
): Promise<Uint8Array> {
  const wb = new Workbook();
  addFormSheets(wb, form, [entry], settings, ctx);
  const values = form.resolve(entry.data, ctx);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const school = xmlSafe(String(values.unit ?? '').trim());
  const term = termText(values);

  missingSheet(wb.addWorksheet(uniqueSheetName('缺项一览', taken, '缺项')), values);
  for (const vol of volumes(values))
    directorySheet(wb.addWorksheet(uniqueSheetName(`${vol.box.roman}类${vol.mark}目录`, taken, '目录')), vol, school, term);
  return wb.xlsx.writeBuffer();
}

const style = (horizontal: Alignment['horizontal'], bold = false, size?: number) => ({
  font: font(size, bold),
  border: BOX,
  alignment: { horizontal, vertical: 'middle' as const, wrapText: true },
});

/** A line above the table, merged across `from`..`to`. */
function line(ws: Worksheet, r: number, from: number, to: number, text: string, size: number, bold = false, horizontal: Alignment['horizontal'] = 'center') {
  const cell = ws.getCell(r, from);
  cell.value = text;
  cell.style = { font: font(size, bold), alignment: { horizontal, vertical: 'middle', wrapText: true } };
  if (to > from) ws.mergeCells(r, from, r, to);
}

function tableRow(ws: Worksheet, r: number, values: (string | number | null)[], widths: number[], aligns: Alignment['horizontal'][], bold = false) {
  values.forEach((v, c) => {
    const cell = ws.getCell(r, c + 1);
    cell.style = style(aligns[c], bold);
    if (v !== null && v !== '') cell.value = typeof v === 'string' ? xmlSafe(v) : v;
  });
  const lines = Math.max(...values.map((v, c) => wrappedLines(v == null ? '' : String(v), widths[c])));
  ws.getRow(r).height = Math.max(24, linesHeight(lines));
}

function directorySheet(ws: Worksheet, vol: Volume, school: string, term: string): void {
  ws.columns = DIR_WIDTHS.map((width) => ({ width, style: { font: font() } }));
  line(ws, 1, 1, 5, '盒内详细目录', 18, true);
  ws.getRow(1).height = 32;
  line(ws, 2, 1, 5, `${vol.box.spine}${vol.mark ? ` ${vol.mark}` : ''}　${vol.box.title}`, 12);
  ws.getRow(2).height = 22;
  line(ws, 3, 1, 2, `学校：${school}`, 11, false, 'left');
  line(ws, 3, 3, 5, term, 11, false, 'right');
  tableRow(ws, 4, DIR_HEADERS, DIR_WIDTHS, DIR_HEADERS.map(() => 'center'), true);
  const aligns: Alignment['horizontal'][] = ['center', 'left', 'center', 'center', 'left'];
  let r = 5;
  for (const row of vol.rows) tableRow(ws, r++, [row.no, `${row.mark}${row.name}`, row.count, row.pages, row.note], DIR_WIDTHS, aligns);
  while (r < 5 + MIN_ROWS) tableRow(ws, r++, [null, null, null, null, null], DIR_WIDTHS, aligns);
  const t = directoryTotals(vol.rows);
  tableRow(ws, r, ['合计', null, null, null, null], DIR_WIDTHS, aligns.map((a, c) => (c === 0 ? 'center' : a)));
  // Totals stay formulas, so a number corrected in Excel updates them.
  ws.getCell(r, 3).value = formulaCell(`SUM(C5:C${r - 1})`, t.count ?? 0);
  ws.getCell(r, 4).value = formulaCell(`SUM(D5:D${r - 1})`, t.pages ?? 0);
  a4(ws, 'portrait', 'E', r);
}

function missingSheet(ws: Worksheet, values: EntryData): void {
  const widths = [16, 6, 56, 8];
  ws.columns = widths.map((width) => ({ width, style: { font: font() } }));
  line(ws, 1, 1, 4, `缺项一览${termText(values) ? `（${termText(values)}）` : ''}`, 16, true);
  ws.getRow(1).height = 28;
  tableRow(ws, 2, ['类别', '序号', '资料名称', '情况'], widths, ['center', 'center', 'center', 'center'], true);
  let r = 3;
  const missing = missingByBox(values);
  for (const { box, items } of missing)
    for (const item of items) tableRow(ws, r++, [box.spine, item.mark, item.text, item.state], widths, ['center', 'center', 'left', 'center']);
  if (!missing.length) {
    tableRow(ws, r, ['没有标为“无”或“部分”的资料', null, null, null], widths, ['center', 'center', 'left', 'center']);
    ws.mergeCells(r, 1, r, 4);
    r++;
  }
  a4(ws, 'portrait', 'D', r - 1);
}
