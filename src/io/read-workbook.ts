// Reads back the hidden data sheet of a workbook this app exported. The caller parses the
// rows with the envelope and the form's schema; this only undoes the cell encoding.
import { read, utils, type WorkBook } from '@e965/xlsx';
import type { FieldKind } from '../forms/kit/field';
import { KINDS } from '../forms/kit/kinds';
import { formById } from '../forms/registry';
import { DATA_FORMAT, DATA_SHEET, ENVELOPE_KEYS, HEADER_ROW, MARKER } from '../render/xlsx/data-format';

export const NOT_OURS = '这不是本应用导出的 Excel 文件，无法导入。';
export const DAMAGED = '文件已损坏或不是 Excel 文件，无法读取。';
export const TOO_NEW = '这个文件由更新版本的本应用导出，请先更新本应用再导入。';

export interface ReadResult {
  /** Plain objects shaped like Entry: {id, formId, formVersion, createdAt, updatedAt, status, data}. */
  rows: unknown[];
  error?: string;
}

type Cell = string | number | boolean | null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls: an Excel file, just not ours
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Never throws: bad input gives `error` and no rows. */
export function readOwnWorkbook(buf: ArrayBuffer | Uint8Array): ReadResult {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  // SheetJS reads any text as CSV; only containers Excel writes are worth parsing.
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, CFB)) return { rows: [], error: DAMAGED };
  let wb: WorkBook;
  try {
    wb = read(bytes, { type: 'array', cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch {
    return { rows: [], error: DAMAGED };
  }
  const ws = wb.Sheets[DATA_SHEET];
  if (!ws) return { rows: [], error: NOT_OURS };
  try {
    return decode(ws);
  } catch {
    return { rows: [], error: DAMAGED };
  }
}

function decode(ws: WorkBook['Sheets'][string]): ReadResult {
  const at = (r: number, c: number): Cell => {
    const v = ws[utils.encode_cell({ r, c })]?.v;
    return v === undefined || v === '' ? null : (v as Cell);
  };
  if (at(0, 0) !== MARKER) return { rows: [], error: NOT_OURS };
  const format = Number(at(0, 1));
  if (format > DATA_FORMAT) return { rows: [], error: TOO_NEW };

  const head: string[] = [];
  for (let c = 0; at(HEADER_ROW - 1, c) != null; c++) head.push(String(at(HEADER_ROW - 1, c)));
  if (ENVELOPE_KEYS.some((k, i) => head[i] !== k)) return { rows: [], error: NOT_OURS };
  const keys = head.slice(ENVELOPE_KEYS.length);

  const rows: unknown[] = [];
  const last = ws['!ref'] ? utils.decode_range(ws['!ref']).e.r : -1;
  for (let r = HEADER_ROW; r <= last; r++) {
    if (head.every((_, c) => at(r, c) == null)) continue;
    const formId = String(at(r, 1) ?? '');
    const form = formById(formId);
    const data: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const kind = form?.fieldByKey.get(key)?.kind;
      data[key] = value(at(r, ENVELOPE_KEYS.length + i), kind);
    });
    rows.push({
      id: str(at(r, 0)),
      formId,
      formVersion: num(at(r, 2)),
      createdAt: num(at(r, 3)),
      updatedAt: num(at(r, 4)),
      status: str(at(r, 5)),
      data,
    });
  }
  return { rows };
}

const str = (v: Cell) => (v == null ? '' : String(v));
const num = (v: Cell) => (typeof v === 'number' ? v : v == null || v === '' ? null : Number(v));

/** How a cell of each kind comes back (see dataCell() in the writer); others stay as read. */
const DECODE: Partial<Record<FieldKind, (v: Cell) => unknown>> = {
  multi(v) {
    if (typeof v !== 'string') return v;
    try {
      const a: unknown = JSON.parse(v);
      return Array.isArray(a) ? a : v;
    } catch {
      return v; // left for the schema to refuse
    }
  },
  int: (v) => (typeof v === 'number' ? v : /^\s*-?\d+\s*$/.test(String(v)) ? Number(v) : v),
};
// A table (附件1-2's villages) is written as JSON like a multiple choice.
DECODE.rows = DECODE.multi;

function value(v: Cell, kind: FieldKind | undefined): unknown {
  if (kind && v == null) return KINDS[kind].empty;
  if (v == null) return null;
  const decode = kind && DECODE[kind];
  if (decode) return decode(v);
  return typeof v === 'number' && kind ? String(v) : v;
}
