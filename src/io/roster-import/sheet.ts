// Reads the first sheet of a roster file (Excel, WPS or CSV) into header texts and rows of
// trimmed strings. Never throws: a file we cannot read gives a Chinese `error`.
import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { bytesOver, MAX_COLS, MAX_FILE_MB, MAX_ROWS, TOO_MANY_COLS, TOO_MANY_ROWS, tooBig } from '../limits';
import { checkZip } from '../zip-guard';
import { decodeText, type TextEncodingName } from './decode';
import { matchHeaders } from './headers';

export interface SheetData {
  headers: string[];
  /**
   * Data rows under the header row, blank rows kept so positions map to file rows. A row ends
   * at its last non-empty cell: read a missing cell as ''. `headers` spans the widest row.
   */
  rows: string[][];
  /** 1-based row number of the header in the file. */
  headerRow: number;
  /** 1-based row number of rows[0] in the file (pass it on to rowsToChildren). */
  firstRow: number;
  sheetName: string;
  /** Set for text files: the encoding they were read in. */
  encoding?: TextEncodingName;
}

export type SheetResult = SheetData | { error: string };

export const UNSUPPORTED = '不支持这种文件，请选择 Excel（.xlsx、.xls）、WPS 表格（.et）或 CSV 文件。';
export const DAMAGED = '文件已损坏或格式不正确，无法读取。';
export const PASSWORD = '文件设置了密码，请先在 Excel 或 WPS 中取消密码后再导入。';
export const EMPTY = '文件中没有数据。';
export const NO_HEADER =
  '没有找到表头：前10行中没有一行包含至少两个可识别的列名（如 姓名、身份证号码、村委会）。';

/** Where the header row is looked for, and how many recognised headers make one. */
export const HEADER_SEARCH_ROWS = 10;
export const HEADER_MIN_MATCHES = 2;

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .xlsx
const CFB = [0xd0, 0xcf, 0x11, 0xe0]; // .xls and WPS .et
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

const WORKBOOK_EXT = new Set(['xlsx', 'xlsm', 'xls', 'et', 'ett']);
const TEXT_EXT = new Set(['csv', 'txt']);

// sheets: 0 — only the first sheet is a roster; the others are never parsed.
const BASE_OPTS = { cellFormula: false, cellHTML: false, cellStyles: false, cellNF: true, sheets: 0 } as const;

export function readSheet(bytes: Uint8Array, fileName: string): SheetResult {
  const ext = /\.([^.]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) return { error: EMPTY };
  if (bytesOver(bytes.length, MAX_FILE_MB)) return { error: tooBig(MAX_FILE_MB) };
  let wb: WorkBook;
  let encoding: TextEncodingName | undefined;
  try {
    if (startsWith(bytes, ZIP) || startsWith(bytes, CFB)) {
      // Whatever the name says, a ZIP or CFB container is a workbook.
      const refused = startsWith(bytes, ZIP) ? checkZip(bytes) : null;
      if (refused) return { error: refused };
      wb = read(bytes, { ...BASE_OPTS, type: 'array' });
    } else if (TEXT_EXT.has(ext) || WORKBOOK_EXT.has(ext)) {
      const decoded = decodeText(bytes);
      const text = decoded.text.replace(/^\uFEFF/, '');
      // Some school systems save an HTML or XML table under an .xls name. Anything else
      // with a workbook name is a broken file, not a CSV: SheetJS would happily read the
      // bytes as one odd text cell.
      if (WORKBOOK_EXT.has(ext) && !/^\s*</.test(text)) return { error: DAMAGED };
      if (text.trim() === '') return { error: EMPTY };
      encoding = decoded.encoding;
      // raw: cells stay the text that was written, so "110101201001011234" is not turned
      // into 1.10101201001011E+17 and "2010/1/1" not into a date serial.
      wb = read(text, { ...BASE_OPTS, type: 'string', raw: true });
    } else {
      return { error: UNSUPPORTED };
    }
  } catch (e) {
    // Excel and WPS save a password-protected workbook as a CFB container; a ZIP whose damaged
    // header reads as "encryption" to SheetJS is just damaged.
    const locked = startsWith(bytes, CFB) && /password|encrypt/i.test(String((e as Error)?.message));
    return { error: locked ? PASSWORD : DAMAGED };
  }
  try {
    const sheetName = wb.SheetNames[0];
    const ws = sheetName ? wb.Sheets[sheetName] : undefined;
    if (!sheetName || !ws) return { error: EMPTY };
    const grid = toGrid(ws);
    if (typeof grid === 'string') return { error: grid };
    if (grid.length === 0) return { error: EMPTY };
    const h = grid
      .slice(0, HEADER_SEARCH_ROWS)
      .findIndex((row) => Object.keys(matchHeaders(row).mapping).length >= HEADER_MIN_MATCHES);
    if (h < 0) return { error: NO_HEADER };
    return {
      headers: Array.from({ length: width(grid) }, (_, c) => grid[h]![c] ?? ''),
      rows: grid.slice(h + 1),
      headerRow: h + 1,
      firstRow: h + 2,
      sheetName,
      ...(encoding ? { encoding } : {}),
    };
  } catch {
    return { error: DAMAGED };
  }
}

/**
 * The sheet as rows of strings from A1, up to the last non-empty row; each row ends at its
 * last non-empty cell (readers take a missing cell as ''). Only cells that exist are visited,
 * so a bloated used range (formatting down to row 1048576) costs nothing. A text beyond the
 * row or column limit refuses the whole file (the message names the limit): never a cut.
 */
function toGrid(ws: WorkSheet): string[][] | string {
  const grid: string[][] = [];
  for (const addr of Object.keys(ws)) {
    if (addr.startsWith('!')) continue;
    const t = cellText(ws[addr] as CellObject);
    if (t === '') continue;
    const { r, c } = utils.decode_cell(addr);
    if (r >= MAX_ROWS) return TOO_MANY_ROWS;
    if (c >= MAX_COLS) return TOO_MANY_COLS;
    (grid[r] ??= [])[c] = t;
  }
  // Rosters often merge a village's cells down the rows of its children; only the top cell
  // holds the text. Copy it down the merge's first column so every child gets its village.
  // Sideways spans (titles, grouped headers) are not copied: they would duplicate a header.
  // Rows below the last text are not children: a merge reaching into them is not followed.
  const last = grid.length - 1;
  for (const m of ws['!merges'] ?? []) {
    const top = grid[m.s.r]?.[m.s.c];
    if (!top) continue;
    for (let r = m.s.r + 1; r <= Math.min(m.e.r, last); r++) if (!grid[r]?.[m.s.c]) (grid[r] ??= [])[m.s.c] = top;
  }
  // Holes (blank rows and cells) become real values: callers iterate and clone the grid.
  return Array.from(grid, (row) => (row ? Array.from(row, (t) => t ?? '') : []));
}

const width = (grid: string[][]) => grid.reduce((w, row) => Math.max(w, row.length), 0);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A cell as the text a person would read, with three deliberate exceptions to Excel's own
 * display text (`w`):
 * - dates (a number with a date format) become YYYY-MM-DD, whatever the display format;
 * - whole numbers below 10^15 are written out in full ("General" shows an old 15-digit ID
 *   number as 1.10101E+14, yet the number holds every digit);
 * - whole numbers of 10^15 and above keep a scientific form ("1.10101201001011E+17"). Excel
 *   keeps only 15 significant digits, so an 18-digit ID number typed into a number cell has
 *   already lost its last digits in the file. Writing digits out would show a plausible but
 *   wrong number; the scientific form is recognised by the import, which asks for the
 *   column to be re-entered as text. A CSV saved by Excel from such a sheet holds the same
 *   scientific text, so both paths end in the same message.
 */
export function cellText(cell: CellObject | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '').trim();
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? (cell.w ?? '').trim() : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    }
    case 'n': {
      const v = Number(cell.v);
      if (!Number.isFinite(v)) return '';
      if (cell.z != null && SSF.is_date(cell.z)) {
        const p = SSF.parse_date_code(v);
        if (p && p.y > 0) return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
      }
      if (Number.isInteger(v)) return Math.abs(v) < 1e15 ? String(v) : v.toPrecision(15).toUpperCase();
      return (cell.w ?? String(v)).trim();
    }
    default:
      // 'e' (error values such as #N/A) and 'z' (stubs) carry no data.
      return '';
  }
}
