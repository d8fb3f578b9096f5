// The one place the fuzz harness calls into the importers. Their APIs are being reshaped
// (workers, limits, merge rules); when they change, only this file follows.
import { matchHeaders } from '../../../src/io/roster-import/headers';
import { readSheet } from '../../../src/io/roster-import/sheet';
import { rowsToConvert } from '../../../src/io/roster-import/fill-down';
import { convertRows, planRosterImport } from '../../../src/io/roster-plan';
import { readImportFiles } from '../../../src/io/read-files';
import { planImport, toWrite } from '../../../src/io/merge';
import type { Entry } from '../../../src/storage/entry';
import { listEntries } from '../../../src/storage/entries';
import { knownEntries, putImported } from '../../../src/storage/import-entries';

/** What an importer's pure path decided for one file, before anything is written. */
export interface Outcome {
  /** Messages that refuse the whole file. */
  errors: string[];
  /** Messages about single rows (refused or to be checked). */
  notes: string[];
  /** What 确认导入 would write. */
  writes: Entry[];
}

const REF_DATE = '2021-08-31';

/** 花名册 import: read the first sheet, map the recognised headers, check rows, match children. */
async function roster(file: File): Promise<Outcome> {
  const sheet = readSheet(new Uint8Array(await file.arrayBuffer()), file.name);
  if ('error' in sheet) return { errors: [sheet.error], notes: [], writes: [] };
  const { mapping } = matchHeaders(sheet.headers);
  const rows = await convertRows(rowsToConvert(sheet, mapping).rows, mapping, { firstRow: sheet.firstRow, ageRef: REF_DATE, headers: sheet.headers });
  const plan = planRosterImport(await listEntries('roster'), rows);
  return { errors: [], notes: rows.flatMap((r) => r.errors), writes: plan.writes };
}

/** /data/ import: the app's own workbooks and backups, merged by id. */
async function own(file: File): Promise<Outcome> {
  const read = await readImportFiles([file]);
  const plan = planImport(await knownEntries(), read.incoming, { now: Date.now() });
  return {
    errors: read.errors,
    notes: plan.flatMap((p) => (p.action === 'rejected' && p.reason ? [p.reason] : [])),
    writes: toWrite(plan),
  };
}

export const importers: Record<string, (file: File) => Promise<Outcome>> = { roster, own };

/** 确认导入: all of `writes` or none. */
export const commit = (writes: Entry[]): Promise<void> => putImported(writes);

