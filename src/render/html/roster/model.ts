// The roster list's view of its children, computed once per load: 20,000 rows are filtered
// in memory on each keystroke of the search, and only a window of them is rendered.
import { inSchoolAgeRange } from '../../../calc/age';
import { maskIdNumber, parseChildId } from '../../../calc/idcard';
import { childAge, NO_VILLAGE, normalizedId } from '../../../calc/roster-tally';
import { checkChild, roster } from '../../../forms/roster';
import { categoryOf } from '../../../forms/vocabulary';
import { likelyDuplicates, nameKey } from '../../../calc/roster-identity';
import { runInSlices } from '../../../calc/slices';
import type { Entry } from '../../../storage/entry';
import { trimmedOf } from '../../../forms/kit/text-of';

/** 6–15 on the reference date, outside it, or no birth date to tell. */
export type Band = 'in' | 'out' | 'undated';

/**
 * What the list shows of one child: made in the worker, and sent to the page without the
 * entry itself (copying 20,000 entries into the page took it a quarter of a second on a
 * phone). An export reads the entries by their keys; a delete needs only the key.
 */
export interface ChildRow {
  /** The entry's id. */
  key: string;
  name: string;
  /** 就学状态 as shown: the status, and its sub-status after " · ". */
  statusText: string;
  /** The name as likelyDuplicates compares it. */
  nameKey: string;
  /** Normalized 18-character ID number, or null when the typed one is not valid. */
  id: string | null;
  /** What the list shows: the ID number with its middle hidden. */
  masked: string;
  /**
   * The whole number, shown on request: normalized when it is the child's, else as typed
   * (a guardian's old 15-digit number is not turned into an 18-digit one the child never had).
   */
  whole: string;
  age: number | null;
  band: Band;
  village: string;
  /** 附件1-1 category, '' when the status is blank or unknown. */
  category: string;
  /** Lower-case name and ID text, spaces removed, for the search box. */
  haystack: string;
  /**
   * What is wrong with the child (checkChild's errors), shown on the row itself: a phone
   * cannot show a tooltip. An age outside 6–15 is not one: the band tabs already say it.
   */
  problems: string[];
}

export const squeeze = (s: string) => s.replace(/\s+/gu, '').toUpperCase();

/** What the list shows of the stored children, computed once per change of the roster. */
export interface RosterModel {
  /** Sorted by village (Chinese collation, blank last), then by creation (the imported file's order). */
  rows: ChildRow[];
  /** ID numbers held by more than one child. */
  dups: Set<string>;
  /** likelyDuplicates of the children, in list order. */
  twice: Entry[][];
}

/**
 * The model in slices between which the page stays responsive: for a county's 20,000
 * children it takes seconds on a phone.
 */
export const rosterModel = (entries: readonly Entry[], refDate: string): Promise<RosterModel> =>
  runInSlices(modelSteps(entries, refDate));

export function* modelSteps(entries: readonly Entry[], refDate: string): Generator<void, RosterModel> {
  const made: { row: ChildRow; entry: Entry }[] = [];
  for (const entry of entries) {
    if (made.length % 100 === 0) yield;
    made.push({ row: childRow(entry, refDate), entry });
  }
  yield;
  // Villages are few, so only they go through the slow collator.
  const collator = new Intl.Collator('zh-CN');
  const villages = [...new Set(made.map((m) => m.row.village))].sort((a, b) =>
    a === NO_VILLAGE ? 1 : b === NO_VILLAGE ? -1 : collator.compare(a, b));
  const order = new Map(villages.map((v, i) => [v, i]));
  made.sort((a, b) =>
    order.get(a.row.village)! - order.get(b.row.village)! || a.entry.createdAt - b.entry.createdAt || (a.entry.id < b.entry.id ? -1 : 1));
  const rows = made.map((m) => m.row);
  const dups = new Set<string>();
  const seen = new Set<string>();
  const names = new Map<string, number>();
  for (const [i, r] of rows.entries()) {
    if (i % 500 === 0) yield;
    if (r.id) (seen.has(r.id) ? dups : seen).add(r.id);
    names.set(r.nameKey, (names.get(r.nameKey) ?? 0) + 1);
  }
  yield;
  // Only namesakes can be one child twice; all 20,000 would make likelyDuplicates one long task.
  const twice = likelyDuplicates(made.filter(({ row: r }) => r.nameKey && names.get(r.nameKey)! > 1).map((m) => m.entry));
  return { rows, dups, twice };
}

function childRow(entry: Entry, refDate: string): ChildRow {
  const d = entry.data;
  const id = normalizedId(d);
  const age = childAge(d, refDate);
  const raw = trimmedOf(d.idNumber);
  const name = trimmedOf(d.name);
  const own = raw ? parseChildId(raw, refDate, NO_FUTURE_LIMIT) : null;
  const whole = own?.ok ? own.id : raw;
  return {
    key: entry.id,
    name,
    statusText: [roster.text(d, 'status'), trimmedOf(d.sub)].filter(Boolean).join(' · '),
    nameKey: nameKey(d),
    id,
    masked: whole ? maskIdNumber(whole) : '',
    whole,
    age,
    band: age === null ? 'undated' : inSchoolAgeRange(age) ? 'in' : 'out',
    village: squeeze(trimmedOf(d.village)) || NO_VILLAGE,
    category: categoryOf(trimmedOf(d.status)) ?? '',
    haystack: squeeze(`${name}|${raw}|${id ?? ''}`),
    problems: problemsOf(d, refDate),
  };
}

/** The list reads stored numbers; a birth "after today" is checkChild's to report, not the mask's. */
const NO_FUTURE_LIMIT = new Date(9999, 11, 31);

/** The child's errors as the list shows them. */
export function problemsOf(data: Entry['data'], refDate: string): string[] {
  return checkChild(data, { ageRef: refDate }).filter((p) => p.level === 'error' && p.code !== 'ageOutOfRange').map((p) => p.message);
}

/** Villages in list order, for the filter. */
export const villagesOf = (rows: readonly ChildRow[]): string[] => [...new Set(rows.map((r) => r.village))];

export interface Filter {
  q: string;
  village: string;
  /** A 附件1-1 category, '未填写' for none, '' for all. */
  status: string;
  band: Band;
  duplicatesOnly: boolean;
  /** Only children with a problem (an ID number, birth date or sex to correct …). */
  problemsOnly?: boolean;
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
      (!f.problemsOnly || r.problems.length > 0) &&
      (!needle || r.haystack.includes(needle)),
  );
}

export function countBands(rows: readonly ChildRow[]): Record<Band, number> {
  const n: Record<Band, number> = { in: 0, out: 0, undated: 0 };
  for (const r of rows) n[r.band]++;
  return n;
}
