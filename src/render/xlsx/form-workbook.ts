import { Workbook, type Alignment, type Style, type Worksheet } from './ooxml';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { estimateLines } from '../layout/estimate';
import { layoutPaper, total, type LaidLine, type Medium } from '../layout/layout';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import {
  a4, BOX, displayWidth, font, formulaCell, GRID_SIZE, linesHeight, MAX_ROW_HEIGHT, NUMERIC_KINDS, PERCENT_FORMAT, percentCell,
  POINTS_PER_WIDTH, uniqueSheetName, wrappedLines, xmlSafe,
} from './cells';
import { addDataSheet, type VisibleMap } from './data-sheet';
import { comparable, DATA_SHEET } from '../../io/formats/data-sheet';

/**
 * One sheet per entry, laid out like the paper form (`form.paper`), plus the hidden data
 * sheet. No entries gives one blank form, to print and fill by hand.
 */
export async function formWorkbook(
  form: FormDef, entries: Entry[], settings: Settings, ctx: DeriveContext = NO_SOURCES,
): Promise<Uint8Array> {
  const wb = new Workbook();
  addFormSheets(wb, form, entries, settings, ctx);
  return wb.xlsx.writeBuffer();
}

/** The entries' sheets and the data sheet, added to `wb` (the catalogue adds more after them). */
export function addFormSheets(
  wb: Workbook, form: FormDef, entries: Entry[], settings: Settings, ctx: DeriveContext = NO_SOURCES,
): void {
  wb.creator = settings.unit;
  wb.title = `${form.annex} ${form.title}`;
  const taken = new Set([DATA_SHEET.toLowerCase()]);
  if (!entries.length) paperSheet(wb.addWorksheet(uniqueSheetName(form.annex, taken, '表')), form, form.emptyData());
  const visible = entries.map((e, i) => {
    const shown = form.resolve(e.data, ctx);
    const ws = wb.addWorksheet(uniqueSheetName(form.subject(shown), taken, `第${i + 1}份`));
    return { sheet: ws.name, cells: paperSheet(ws, form, shown) };
  });
  addDataSheet(wb, form, entries, visible, ctx);
}

/** How Excel measures: an estimate by character count, 11 pt rows padded as Excel pads them, at most 409 pt. */
export const EXCEL_MEDIUM: Medium = {
  unit: POINTS_PER_WIDTH,
  pad: POINTS_PER_WIDTH / 2,
  size: GRID_SIZE,
  measure: (text, width, size) => estimateLines(xmlSafe(text), width, size),
  boxHeight: (lines) => linesHeight(lines),
  rowHeight: linesHeight(1),
  maxRowHeight: MAX_ROW_HEIGHT,
};

/** Draws one entry; gives the cells that print its stored values, for the data sheet's map. */
function paperSheet(ws: Worksheet, form: FormDef, data: EntryData): VisibleMap['cells'] {
  const printed: VisibleMap['cells'] = [];
  const note = (address: string, template: string) => comparable(form, template) && printed.push([address, template]);
  const layout = layoutPaper(form, data, EXCEL_MEDIUM);
  const widths = layout.columns;
  // The column style gives cells left empty (and so untouched) the form's font too.
  ws.columns = widths.map((width) => ({ width, style: { font: font() } }));

  let r = 1;
  for (const line of layout.head) noteLine(writeLine(ws, r++, line, widths), line, note);

  const top = r;
  layout.heights.forEach((h, i) => (ws.getRow(top + i).height = h));
  for (const b of layout.boxes) {
    const alignment: Partial<Alignment> = { horizontal: b.align, vertical: b.valign, wrapText: true };
    const style: Partial<Style> = { font: font(undefined, b.label), border: BOX, alignment };
    const [r1, c1] = [top + b.row, b.col + 1];
    const [r2, c2] = [r1 + b.rowSpan - 1, c1 + b.colSpan - 1];
    // Every cell of a merged range gets the border, or printers leave gaps in the frame.
    for (let rr = r1; rr <= r2; rr++) for (let cc = c1; cc <= c2; cc++) ws.getCell(rr, cc).style = style;
    // A cell that is just one number field holds the number, so that Excel can add it up.
    const key = /^\{(\w+(?:\.\w+)*)\}$/.exec(b.template)?.[1];
    const at = key ? form.valueAt(data, key) : undefined;
    const v = at && NUMERIC_KINDS.has(at.kind) && typeof at.value === 'number' ? at.value : undefined;
    const share = at?.kind === 'percent' && typeof at.value === 'number' && Number.isFinite(at.value) ? at.value : undefined;
    const text = xmlSafe(b.text);
    const [s1, s2] = b.sumRows ?? [];
    if (s1 !== undefined && s2 !== undefined) {
      // A column total stays a formula, so that a number corrected in Excel updates it.
      const col = ws.getColumn(c1).letter;
      ws.getCell(r1, c1).value = formulaCell(`SUM(${col}${top + s1}:${col}${top + s2})`, v ?? 0);
    } else if (v !== undefined) ws.getCell(r1, c1).value = v;
    else if (share !== undefined) {
      ws.getCell(r1, c1).value = percentCell(share);
      ws.getCell(r1, c1).numFmt = PERCENT_FORMAT;
    }
    else if (text) ws.getCell(r1, c1).value = text;
    if (!b.sumRows) note(ws.getCell(r1, c1).address, b.template);
    if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  }

  r = top + layout.heights.length;
  for (const line of layout.foot) noteLine(writeLine(ws, r++, line, widths), line, note);
  a4(ws, layout.orientation, ws.getColumn(widths.length).letter, r - 1);
  return printed;
}

function noteLine(at: LineCells, line: LaidLine, note: (address: string, template: string) => void): void {
  if (at.right) {
    note(at.main, line.template);
    note(at.right, line.rightTemplate ?? '');
  } else note(at.main, line.rightTemplate == null ? line.template : `${line.template}  ${line.rightTemplate}`);
}

/** Addresses of the cells a line was written to: its main text and its right-hand text. */
export interface LineCells {
  main: string;
  right?: string;
}

/** A line outside the grid, merged across the form; `right` takes the last columns it needs. */
export function writeLine(ws: Worksheet, r: number, line: LaidLine, widths: number[]): LineCells {
  const { size } = line;
  const n = widths.length;
  // A one-column form has no room for a right part: it follows the text instead.
  const right = line.right == null ? undefined : xmlSafe(line.right);
  const main = xmlSafe(line.text);
  const text = n < 2 && right ? `${main}  ${right}` : main;
  let split = n; // columns 1..split hold the main text, the rest the right text
  if (right !== undefined && n > 1) {
    const need = (displayWidth(right) * size) / 11 + 1;
    split = n - 1;
    while (split > 1 && total(widths.slice(split)) < need) split--;
  }
  const put = (c1: number, c2: number, value: string, horizontal: Alignment['horizontal']) => {
    const cell = ws.getCell(r, c1);
    cell.style = { font: font(size, !!line.bold), alignment: { horizontal, vertical: 'middle', wrapText: true } };
    if (value) cell.value = value;
    if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  };
  put(1, split, text, line.align);
  if (split < n) put(split + 1, n, right ?? '', 'right');
  const lines = wrappedLines(text, total(widths.slice(0, split)), size);
  ws.getRow(r).height = Math.min(Math.max(Math.ceil(size * 1.8), linesHeight(lines, size)), MAX_ROW_HEIGHT);
  return { main: ws.getCell(r, 1).address, ...(split < n ? { right: ws.getCell(r, split + 1).address } : {}) };
}
