// Reads one report a school or town sends to the bureau (附件3-2, 1-1, 1-2): the envelope
// from the hidden data sheet, and the numbers as the sender's app computed them (RESOLVED_KEY:
// the stored data keeps a computed count empty, so it alone holds the numbers the sheet prints).
import { countyAnnex } from '../calc/county-annexes';
import type { ReportRead } from '../calc/county';
import { contentHash } from './content-hash';
import { bytesOver, MAX_FILE_MB, tooBig } from './limits';
import { readOwnWorkbook, type ReadResult } from './read-workbook';
import { checkZip } from './zip-guard';

/** A count left empty in a complete report is 0, as the form's own sums took it; text is not a count. */
const asNumber = (v: unknown): number | null => {
  if (v == null || v === '') return 0;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
};

/** A file as a receiver (the town, the bureau) reads it: the report, and the file's own rows. */
export interface ReceivedFile {
  name: string;
  read: ReportRead;
  /** The form the file holds and its rows as read (for the town's 1-2 villages); none when unreadable. */
  formId?: string;
  rows: unknown[];
}

/** Never throws. */
export function readReceived(name: string, bytes: Uint8Array): ReceivedFile {
  if (bytesOver(bytes.length, MAX_FILE_MB)) return { name, read: { error: tooBig(MAX_FILE_MB) }, rows: [] };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const refused = isZip ? checkZip(bytes) : null;
  if (refused) return { name, read: { error: refused }, rows: [] };
  const own = readOwnWorkbook(bytes);
  if (own.error) return { name, read: { error: own.error }, rows: [] };
  return { name, read: reportOf(own), formId: own.formId, rows: own.rows };
}

/** Never throws. */
export const readSchoolReport = (bytes: Uint8Array): ReportRead => readReceived('', bytes).read;

function reportOf(own: ReadResult): ReportRead {
  const annex = countyAnnex(own.formId);
  if (!annex) return { error: `这是${own.formId ? `附件${own.formId}` : '其他表格'}，不是报送教育局的附件3-2、1-1或1-2。` };
  if (!own.rows.length) return { error: `文件中没有${annex.annex}的数据。` };
  // A report is one per school: the latest row is the report.
  const rows = own.rows as { formVersion: number | null; updatedAt: number | null; status: string | null; data: Record<string, unknown> }[];
  const idx = rows.reduce((best, r, i) => ((r.updatedAt ?? 0) > (rows[best].updatedAt ?? 0) ? i : best), 0);
  const row = rows[idx];
  const resolved = own.meta?.[idx]?.resolved;
  if (!resolved) return { error: '此文件由旧版本导出，没有计算结果，请对方更新本应用后重新导出。' };
  const all = { ...row.data, ...resolved.values };
  const values = Object.fromEntries(annex.columns.map((c) => [c.key, asNumber(all[c.key])]));
  const flags = Object.fromEntries(Object.entries(row.data).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
  return {
    report: {
      formId: annex.formId,
      formVersion: row.formVersion ?? 0,
      updatedAt: row.updatedAt ?? 0,
      unit: annex.unitOf(all, resolved.unit),
      year: annex.yearOf(all),
      complete: row.status === 'complete',
      values,
      flags,
      hash: contentHash({ ...(row.data as Record<string, never>), ...values } as never),
    },
  };
}
