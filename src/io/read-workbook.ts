// Reads back the hidden data sheet of a workbook this app exported. The caller parses the
// rows with the envelope and the form's schema; this only undoes the cell encoding.
import { read, utils, type WorkBook } from '@e965/xlsx';
import type { FieldKind } from '../forms/kit/field';
import { KINDS } from '../forms/kit/kinds';
import type { FormDef } from '../forms/kit/define';
import { formById, FORMS } from '../forms/registry';
import {
  comparable, DATA_FORMAT, DATA_SHEET, ENVELOPE_KEYS, HEADER_ROW, isMetaKey, MARKER, RESOLVED_KEY, VISIBLE_KEY,
} from './formats/data-sheet';
import { cellTextOf } from '../forms/kit/text-of';
import { formName } from './form-name';
import type { Incoming } from './merge';
import type { VisibleCell } from './visible-edits';

export const NOT_OURS = '这不是本应用导出的 Excel 文件，无法导入。';
export const DAMAGED = '文件已损坏或不是 Excel 文件，无法读取。';
export const TOO_NEW = '这个文件由更新版本的本应用导出，请先更新本应用再导入。';

export interface ReadResult {
  /** Plain objects shaped like Entry: {id, formId, formVersion, createdAt, updatedAt, status, data}. */
  rows: unknown[];
  error?: string;
  /** The form the file declares (format 2), or the one its header's keys belong to (format 1). */
  formId?: string;
  /** Field keys the header holds (known to the declared form). */
  keys?: string[];
  /**
   * Per row: its row number on the data sheet, its visible cells as they read now, and what the
   * exporting app computed (RESOLVED_KEY), for a receiver that adds reports up.
   */
  meta?: { row: number; visible?: VisibleCell[]; resolved?: Resolved }[];
  /** Remarks for the preview (ignored columns, no visible-sheet check for old files). */
  notes?: string[];
}

/** The exporting unit and the values of the form's derived fields, as the sender's app computed them. */
export interface Resolved {
  unit: string;
  values: Record<string, unknown>;
}

type Cell = string | number | boolean | null;
type Sheet = WorkBook['Sheets'][string];

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
    return decode(ws, wb.Sheets);
  } catch {
    return { rows: [], error: DAMAGED };
  }
}

/** The rows as the merge takes them: each carries what the file declares about it. */
export function workbookIncoming(r: ReadResult, source: string): Incoming[] {
  const out: Incoming[] = [];
  r.rows.forEach((raw, i) => {
    const m = r.meta?.[i];
    out.push({ source, row: m?.row, raw, formId: r.formId, keys: r.keys, visible: m?.visible, notes: r.notes });
  });
  return out;
}

const at = (ws: Sheet, r: number, c: number): Cell => {
  const v = ws[utils.encode_cell({ r, c })]?.v;
  return v === undefined || v === '' ? null : (v as Cell);
};

/** Format 1 did not declare its form: it is the one whose fields the header names. */
function formOfHeader(keys: string[]): FormDef | undefined {
  const fits = FORMS.filter((f) => keys.every((k) => f.fieldByKey.has(k)));
  return fits.find((f) => f.fields.filter((x) => x.derived !== 'auto').length === keys.length) ?? fits[0];
}

function decode(ws: Sheet, sheets: WorkBook['Sheets']): ReadResult {
  const cell = (r: number, c: number) => at(ws, r, c);
  if (cell(0, 0) !== MARKER) return { rows: [], error: NOT_OURS };
  const format = Number(cell(0, 1));
  if (format > DATA_FORMAT) return { rows: [], error: TOO_NEW };

  const head: string[] = [];
  for (let c = 0; cell(HEADER_ROW - 1, c) != null; c++) head.push(String(cell(HEADER_ROW - 1, c)));
  if (ENVELOPE_KEYS.some((k, i) => head[i] !== k)) return { rows: [], error: NOT_OURS };
  const fieldCols = head.slice(ENVELOPE_KEYS.length).map((key, i) => ({ key, c: ENVELOPE_KEYS.length + i }))
    .filter(({ key }) => !isMetaKey(key));
  const mapCol = head.indexOf(VISIBLE_KEY);
  const resolvedCol = head.indexOf(RESOLVED_KEY);

  const form = format >= 2 ? formById(String(cell(0, 2) ?? '')) : formOfHeader(fieldCols.map((f) => f.key));
  if (!form) return { rows: [], error: NOT_OURS };
  const notes: string[] = [];
  const last = ws['!ref'] ? utils.decode_range(ws['!ref']).e.r : -1;
  // Rows written by an older version of the form keep every column: its migration (run by
  // the caller) turns columns that are no fields any more (2-2's b1i1State…) into today's.
  // A loop, not Math.min(...rows): a roster's 120,000 arguments would overflow the stack.
  let oldest = form.version;
  for (let r = HEADER_ROW; r <= last; r++) {
    const v = num(cell(r, 2));
    if (v != null && Number.isInteger(v) && v >= 1 && v < oldest) oldest = v;
  }
  const older = oldest < form.version;
  const unknown = older ? [] : fieldCols.filter(({ key }) => !form.fieldByKey.has(key));
  if (unknown.length)
    notes.push(`数据表中的“${unknown.map((u) => u.key).join('”“')}”列不属于“${formName(form)}”，已忽略。`);
  if (mapCol < 0) notes.push('此文件由旧版本导出，无法核对表格中是否有改动。');
  const known = fieldCols.filter(({ key }) => form.fieldByKey.has(key));

  const rows: unknown[] = [];
  const meta: NonNullable<ReadResult['meta']> = [];
  for (let r = HEADER_ROW; r <= last; r++) {
    if (head.every((_, c) => cell(r, c) == null)) continue;
    const data: Record<string, unknown> = {};
    for (const { key, c } of older ? fieldCols : known) data[key] = value(cell(r, c), form.fieldByKey.get(key)?.kind);
    rows.push({
      id: cellTextOf(cell(r, 0)),
      formId: cellTextOf(cell(r, 1)),
      formVersion: num(cell(r, 2)),
      createdAt: num(cell(r, 3)),
      updatedAt: num(cell(r, 4)),
      status: cellTextOf(cell(r, 5)),
      data,
    });
    meta.push({
      row: r + 1,
      visible: mapCol < 0 ? undefined : visibleCells(form, cell(r, mapCol), sheets),
      resolved: resolvedCol < 0 ? undefined : resolvedOf(cell(r, resolvedCol)),
    });
  }
  // The fields the file gives: for an older version, those its columns become once migrated.
  const given = older
    ? Object.keys(form.migrate(Object.fromEntries(fieldCols.map(({ key }) => [key, null])), oldest)).filter((k) => form.fieldByKey.has(k))
    : known.map((k) => k.key);
  return { rows, formId: form.id, keys: given, meta, notes };
}

function resolvedOf(json: Cell): Resolved | undefined {
  try {
    const { u, v } = (JSON.parse(String(json)) ?? {}) as { u?: unknown; v?: unknown };
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    return { unit: typeof u === 'string' ? u.trim() : '', values: v as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/** The recorded cells of one record and what they show now; none if the map is unusable. */
function visibleCells(form: FormDef, json: Cell, sheets: WorkBook['Sheets']): VisibleCell[] | undefined {
  let map: unknown;
  try {
    map = JSON.parse(String(json));
  } catch {
    return undefined;
  }
  const { s, c } = (map ?? {}) as { s?: unknown; c?: unknown };
  const ws = typeof s === 'string' && Object.prototype.hasOwnProperty.call(sheets, s) ? sheets[s] : undefined;
  if (!ws || !Array.isArray(c)) return undefined;
  const out: VisibleCell[] = [];
  for (const pair of c.slice(0, 1000)) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') continue;
    if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(pair[0]) || pair[1].length > 2000 || !comparable(form, pair[1])) continue;
    const v = ws[pair[0]]?.v;
    out.push({ template: pair[1], shown: v == null ? '' : String(v) });
  }
  return out;
}

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
// A table (附件1-2's villages, 2-2's items) is written as JSON like a multiple choice.
DECODE.rows = DECODE.multi;
DECODE.table = DECODE.multi;

function value(v: Cell, kind: FieldKind | undefined): unknown {
  if (kind && v == null) return KINDS[kind].empty;
  if (v == null) return null;
  const decode = kind && DECODE[kind];
  if (decode) return decode(v);
  return typeof v === 'number' && kind ? String(v) : v;
}
