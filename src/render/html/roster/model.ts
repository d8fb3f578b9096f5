// The roster list's view of its children, computed once per load: 20,000 rows are filtered
// in memory on each keystroke of the search, and only a window of them is rendered.
import { inSchoolAgeRange } from '../../../calc/age';
import { maskIdNumber } from '../../../calc/idcard';
import { childAge, NO_VILLAGE, normalizedId } from '../../../calc/roster-tally';
import { categoryOf } from '../../../forms/roster';
import type { Entry } from '../../../storage/entry';

/** 6–15 on the reference date, outside it, or no birth date to tell. */
export type Band = 'in' | 'out' | 'undated';

export interface ChildRow {
  entry: Entry;
  name: string;
  /** Normalized 18-character ID number, or null when the typed one is not valid. */
  id: string | null;
  /** What the list shows: the ID number with its middle hidden. */
  masked: string;
  age: number | null;
  band: Band;
  village: string;
  /** 附件1-1 category, '' when the status is blank or unknown. */
  category: string;
  /** Lower-case name and ID text, spaces removed, for the search box. */
  haystack: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
export const squeeze = (s: string) => s.replace(/\s+/gu, '').toUpperCase();

/**
 * Rows sorted by village (Chinese collation, blank last), then by creation (the order of the
 * imported file). Villages are few, so only they go through the slow collator.
 */
export function buildRows(entries: readonly Entry[], refDate: string): ChildRow[] {
  const rows = entries.map((entry): ChildRow => {
    const d = entry.data;
    const id = normalizedId(d);
    const age = childAge(d, refDate);
    const raw = str(d.idNumber);
    const name = str(d.name);
    return {
      entry,
      name,
      id,
      masked: raw ? maskIdNumber(id ?? raw) : '',
      age,
      band: age === null ? 'undated' : inSchoolAgeRange(age) ? 'in' : 'out',
      village: squeeze(str(d.village)) || NO_VILLAGE,
      category: categoryOf(str(d.status)) ?? '',
      haystack: squeeze(`${name}|${raw}|${id ?? ''}`),
    };
  });
  const collator = new Intl.Collator('zh-CN');
  const villages = [...new Set(rows.map((r) => r.village))].sort((a, b) =>
    a === NO_VILLAGE ? 1 : b === NO_VILLAGE ? -1 : collator.compare(a, b));
  const order = new Map(villages.map((v, i) => [v, i]));
  return rows.sort((a, b) =>
    order.get(a.village)! - order.get(b.village)! || a.entry.createdAt - b.entry.createdAt || (a.entry.id < b.entry.id ? -1 : 1));
}

/** Villages in list order, for the filter. */
export const villagesOf = (rows: readonly ChildRow[]): string[] => [...new Set(rows.map((r) => r.village))];

/** ID numbers held by more than one child. */
export function duplicateIds(rows: readonly ChildRow[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of rows) if (r.id) (seen.has(r.id) ? dup : seen).add(r.id);
  return dup;
}

export interface Filter {
  q: string;
  village: string;
  /** A 附件1-1 category, '未填写' for none, '' for all. */
  status: string;
  band: Band;
  duplicatesOnly: boolean;
}

export const NO_STATUS = '未填写';

export function filterRows(rows: readonly ChildRow[], f: Filter, dups: ReadonlySet<string>): ChildRow[] {
  const needle = squeeze(f.q);
  return rows.filter(
    (r) =>
      r.band === f.band &&
      (!f.village || r.village === f.village) &&
      (!f.status || (f.status === NO_STATUS ? r.category === '' : r.category === f.status)) &&
      (!f.duplicatesOnly || (r.id !== null && dups.has(r.id))) &&
      (!needle || r.haystack.includes(needle)),
  );
}

export function countBands(rows: readonly ChildRow[]): Record<Band, number> {
  const n: Record<Band, number> = { in: 0, out: 0, undated: 0 };
  for (const r of rows) n[r.band]++;
  return n;
}
