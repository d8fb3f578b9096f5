// From a school's roster file to the entries an import writes: rows converted in chunks (so a
// 20,000-row file shows progress and the page stays responsive), then matched with the
// children already on the roster. Nothing here writes; the caller commits `writes` in one
// transaction or not at all.
import { normalizedId } from '../calc/roster-tally';
import type { EntryData, FieldValue } from '../forms/kit/field';
import { isEmpty } from '../forms/kit/kinds';
import { roster, type RosterKey } from '../forms/roster';
import type { Entry } from '../storage/entry';
import { newEntry, statusOf } from '../storage/entries';
import { rowsToChildren, type ImportedRow, type ImportOptions } from './roster-import/rows';

export const CHUNK_ROWS = 1000;

/**
 * rowsToChildren over `rows` CHUNK_ROWS at a time, yielding to the page between chunks.
 * Duplicate ID numbers are reported across the whole file, not only within a chunk.
 */
export async function convertRows(
  rows: readonly (readonly string[])[],
  mapping: Readonly<Record<number, RosterKey>>,
  options: ImportOptions & { firstRow: number },
  onProgress?: (done: number, total: number) => void,
): Promise<ImportedRow[]> {
  const out: ImportedRow[] = [];
  const firstSeen = new Map<string, number>();
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const chunk = rowsToChildren(rows.slice(i, i + CHUNK_ROWS), mapping, { ...options, firstRow: options.firstRow + i });
    for (const r of chunk) {
      const id = r.rejected ? null : normalizedId(r.data);
      if (!id) continue;
      const before = firstSeen.get(id);
      if (before === undefined) firstSeen.set(id, r.rowNumber);
      else if (before < options.firstRow + i && !r.warnings.some((w) => w.startsWith('身份证号码与第')))
        r.warnings.push(`身份证号码与第${before}行重复`);
    }
    out.push(...chunk);
    onProgress?.(Math.min(i + CHUNK_ROWS, rows.length), rows.length);
    await new Promise((ok) => setTimeout(ok, 0));
  }
  return out;
}

export type RowAction = 'new' | 'updated' | 'unchanged' | 'rejected';

export interface PlannedRow {
  row: ImportedRow;
  action: RowAction;
}

export interface RosterPlan {
  rows: PlannedRow[];
  /** New and changed children, ready for putImported. */
  writes: Entry[];
  counts: Record<RowAction, number> & { errors: number; warnings: number };
}

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v.trim() : '');

/**
 * Which existing child a row is: the normalized ID number when it is valid; else the ID
 * text as typed; else name, village and birth date. The k-th row with a key matches the k-th
 * child with it, so a file imported twice changes nothing, and a child listed twice (a
 * possible 多重户籍) stays two children.
 */
export function matchKey(data: EntryData): string {
  const id = normalizedId(data);
  if (id) return `id:${id}`;
  const raw = str(data.idNumber).toUpperCase();
  if (raw) return `raw:${raw}`;
  return `name:${str(data.name)}|${str(data.village).replace(/\s+/gu, '')}|${str(data.birth)}`;
}

const same = (a: FieldValue | undefined, b: FieldValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The import decided row by row. A row matching a child already on the roster updates it:
 * what the file says wins, what the file leaves blank keeps its value. `now` spreads the new
 * children's timestamps one millisecond apart so the list keeps the file's order.
 */
export function planRosterImport(existing: readonly Entry[], rows: readonly ImportedRow[], now = Date.now()): RosterPlan {
  const byKey = new Map<string, Entry[]>();
  // Oldest first, so the k-th occurrence keeps meaning the same child between imports.
  for (const e of [...existing].sort((a, b) => a.createdAt - b.createdAt)) {
    const k = matchKey(e.data);
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const used = new Map<string, number>();
  const counts: RosterPlan['counts'] = { new: 0, updated: 0, unchanged: 0, rejected: 0, errors: 0, warnings: 0 };
  const writes: Entry[] = [];
  const planned = rows.map((row, i): PlannedRow => {
    if (row.rejected) {
      counts.rejected++;
      return { row, action: 'rejected' };
    }
    if (row.errors.length) counts.errors++;
    if (row.warnings.length) counts.warnings++;
    const k = matchKey(row.data);
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    const match = byKey.get(k)?.[n];
    if (!match) {
      writes.push({ ...newEntry(roster.id, row.data, now + i) });
      counts.new++;
      return { row, action: 'new' };
    }
    const data: EntryData = { ...match.data };
    for (const [key, v] of Object.entries(row.data)) if (!isEmpty(v)) data[key] = v;
    if (Object.keys(data).every((key) => same(data[key], match.data[key]))) {
      counts.unchanged++;
      return { row, action: 'unchanged' };
    }
    const parsed = roster.draftSchema.parse(data);
    writes.push({ ...match, data: parsed, status: statusOf(roster, parsed), updatedAt: now + i });
    counts.updated++;
    return { row, action: 'updated' };
  });
  return { rows: planned, writes, counts };
}
