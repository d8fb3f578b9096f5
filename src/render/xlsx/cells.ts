// Small pieces shared by the workbook writers.
import type { Borders, CellFormulaValue, Font, Worksheet } from './ooxml';
import { formatPercent } from '../../calc/percent';
import type { FieldKind } from '../../forms/kit/field';

export const FONT_NAME = '宋体';
// How text is measured is the layout's (render/layout/estimate.ts); re-exported for the table writers.
export { displayWidth, GRID_SIZE, linesHeight, POINTS_PER_WIDTH, wrappedLines } from '../layout/estimate';
import { GRID_SIZE, POINTS_PER_WIDTH } from '../layout/estimate';
import { total } from '../layout/layout';
/** Excel caps a row at 409 points. */
export const MAX_ROW_HEIGHT = 409;

/** Kinds written as numbers, so that Excel can sum and sort them; others as their paper text. */
export const NUMERIC_KINDS = new Set<FieldKind>(['int']);

/**
 * A percentage as a number Excel can add, shown as the paper prints it: the column header
 * says （%）, so 6.7 stays "6.7" (value 6.7, one decimal), never 0.067 or "6.7%".
 */
export const PERCENT_FORMAT = '0.0';
export const percentCell = (v: number): number => Number(formatPercent(v));

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const font = (size = GRID_SIZE, bold = false): Partial<Font> => ({ name: FONT_NAME, size, bold });

/**
 * A formula with its result cached in the file: viewers that do not calculate (phone
 * previews, SheetJS, WPS in protected view) show the number instead of 0 or nothing.
 */
export const formulaCell = (formula: string, result: number | string): CellFormulaValue => ({
  formula: formula.replace(/^=/, ''),
  result,
});

/** Characters XML 1.0 cannot carry (pasted from Word, e.g. U+000B): Excel refuses such a file. */
export const xmlSafe = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

/** Excel's rules for sheet names: ≤31 characters, none of []:*?/\, unique ignoring case. */
export function uniqueSheetName(wanted: string, taken: Set<string>, fallback: string): string {
  // Apostrophes are legal inside a name but some readers misquote them in print areas.
  // A run of underscores is a paper form's blank line (辖区 ______), not a name.
  const base = [...xmlSafe(wanted).replace(/[[\]:*?/\\']/g, '').replace(/[_＿]{2,}/g, '').trim()];
  const stem = base.length ? base.join('') : fallback;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `(${n})`;
    const name = [...stem].slice(0, 31 - suffix.length).join('') + suffix;
    if (!taken.has(name.toLowerCase()) && name.toLowerCase() !== 'history') {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A4, fitted to one page wide, centred, as a school office prints it. */
export function a4(ws: Worksheet, orientation: 'portrait' | 'landscape', lastCol?: string, lastRow?: number): void {
  const printArea = lastCol && lastRow ? `A1:${lastCol}${lastRow}` : undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(printArea ? { printArea } : {}),
  };
}

/** Left and right margins of a wide table (inches): narrow, as offices print registers. */
const SIDE_MARGIN = 0.4;
/** A4 landscape is 841.89 pt wide. */
export const LANDSCAPE_PRINTABLE = 841.89 - 2 * SIDE_MARGIN * 72;

/**
 * Page setup of a wide table (the 表册): fitted to one page wide, as every A4 form here, but
 * the columns are chosen and sized (kit/register.ts) so that the fit scale stays ≥ 82 %,
 * i.e. 11 pt text prints at 9 pt or more, instead of shrinking 24 columns to 4 pt. Fitting
 * (rather than a fixed scale) keeps every column on the page in a spreadsheet whose
 * fallback font is wider than Calibri; rows go on as many pages as they need.
 */
export function registerPrintSetup(widths: number[]): Partial<Worksheet['pageSetup']> {
  const points = total(widths) * POINTS_PER_WIDTH;
  return {
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    // What the fit works out to in Excel; kept for readers that ignore fitting.
    scale: Math.max(10, Math.min(100, Math.floor((LANDSCAPE_PRINTABLE / points) * 100))),
    margins: { left: SIDE_MARGIN, right: SIDE_MARGIN, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
