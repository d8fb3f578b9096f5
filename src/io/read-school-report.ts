// Reads one school's 附件3-2 export for the bureau's summary: the envelope and unit from the
// hidden data sheet, and the numbers as the school's sheet prints them. The data sheet keeps
// a count empty when the school let the app compute it from 3-1 records, so the printed
// sheet is the only place the resolved numbers are in the file.
import { read, utils, type WorkBook } from '@e965/xlsx';
import { placeCells } from '../forms/kit/paper';
import { schoolStats } from '../forms/school-stats';
import { DATA_SHEET } from '../render/xlsx/data-format';
import type { ReportRead } from '../calc/county';
import { contentHash } from './content-hash';
import { bytesOver, MAX_FILE_MB, tooBig } from './limits';
import { readOwnWorkbook } from './read-workbook';
import { checkZip } from './zip-guard';

/** Every field key the sheet prints alone in a cell ("{staffTotal}"), with its 0-based position. */
const TOP = schoolStats.paper.head.length; // rows written before the grid (0-based start)
const PLACED = placeCells(schoolStats.paper);
const PRINTED = PLACED.flatMap((p) => {
  const m = /^\{(\w+)\}$/.exec(p.cell.t);
  return m ? [{ key: m[1], r: TOP + p.row, c: p.col }] : [];
});
/** 家访记录总数 is not printed: it is the modes plus the letters the 备注 names (see derive.ts). */
const NOTE = PLACED.find((p) => p.cell.t.includes('{letterNote}'));
const LETTERS = /另有信件家访(\d+)次/;
export const REPORT_KEYS = PRINTED.map((p) => p.key);

const asNumber = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
};

/** Never throws. */
export function readSchoolReport(bytes: Uint8Array): ReportRead {
  if (bytesOver(bytes.length, MAX_FILE_MB)) return { error: tooBig(MAX_FILE_MB) };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const refused = isZip ? checkZip(bytes) : null;
  if (refused) return { error: refused };
  const own = readOwnWorkbook(bytes);
  if (own.error) return { error: own.error };
  if (own.formId !== schoolStats.id) return { error: `这是${formLabel(own.formId)}，不是附件3-2。` };
  if (!own.rows.length) return { error: '文件中没有附件3-2的数据。' };
  // 3-2 is one per school: the latest row is the report.
  const rows = own.rows as { formVersion: number | null; updatedAt: number | null; data: Record<string, unknown> }[];
  const idx = rows.reduce((best, r, i) => ((r.updatedAt ?? 0) > (rows[best].updatedAt ?? 0) ? i : best), 0);
  const row = rows[idx];
  let wb: WorkBook;
  try {
    wb = read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false });
  } catch {
    return { error: '文件已损坏或不是 Excel 文件，无法读取。' };
  }
  const sheetName = wb.SheetNames.filter((n) => n !== DATA_SHEET)[idx];
  const ws = sheetName ? wb.Sheets[sheetName] : undefined;
  const values: Record<string, number | null> = {};
  for (const p of PRINTED) {
    const printed = ws ? asNumber(ws[utils.encode_cell({ r: p.r, c: p.c })]?.v) : null;
    values[p.key] = printed ?? asNumber(row.data[p.key]);
  }
  const modes = ['face', 'phone', 'sms', 'online'].map((k) => values[k]);
  const note = ws && NOTE ? String(ws[utils.encode_cell({ r: TOP + NOTE.row, c: NOTE.col })]?.v ?? '') : '';
  const letters = Number(LETTERS.exec(note)?.[1] ?? 0);
  values.visits = modes.some((m) => m == null) ? null : modes.reduce((a, b) => a! + b!, 0)! + letters;
  const data = row.data;
  return {
    report: {
      formId: schoolStats.id,
      formVersion: row.formVersion ?? 0,
      updatedAt: row.updatedAt ?? 0,
      unit: String(data.unit ?? '').trim(),
      date: String(data.date ?? ''),
      values,
      confirmed: { staff: data.staffConfirmed === true, students: data.studentsConfirmed === true },
      hash: contentHash({ ...(data as Record<string, never>), ...values } as never),
    },
  };
}

function formLabel(id: string | undefined): string {
  return id ? `附件${id}` : '其他表格';
}
