/**
 * The town's 附件1-2 from its schools' 1-2 files: every village once, with the numbers of the
 * first school that reported it; a village two schools reported is flagged, not added twice
 * (the same children would be counted twice), and the 合计 is the sum of the rows shown.
 */

import { normalizeName } from './names';
import { cellTextOf } from '../forms/kit/text-of';

/** The numeric columns of a 1-2 village row (forms/town-table/derive.ts NUMBER_KEYS). */
export type TownRow = Record<string, unknown>;

export interface SchoolReport {
  /** The school, as its file names it. */
  school: string;
  /** File name, for messages. */
  source: string;
  villages: readonly TownRow[];
}

export interface MergedVillage {
  village: string;
  row: TownRow;
  school: string;
}

export interface DuplicateVillage {
  village: string;
  /** Each school that reported it, with its 儿童人数; the first one is the one counted. */
  reports: { school: string; total: number | null }[];
}

export interface TownMerge {
  villages: MergedVillage[];
  duplicates: DuplicateVillage[];
  /** Column key → sum over `villages`. */
  sums: Record<string, number>;
}

const num = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
};

export function mergeTownReports(reports: readonly SchoolReport[], numberKeys: readonly string[]): TownMerge {
  const byVillage = new Map<string, MergedVillage>();
  const dup = new Map<string, DuplicateVillage>();
  for (const r of reports) {
    for (const row of r.villages) {
      const key = normalizeName(cellTextOf(row.village));
      if (!key) continue;
      const first = byVillage.get(key);
      if (!first) {
        byVillage.set(key, { village: key, row, school: r.school });
        continue;
      }
      const d = dup.get(key) ?? { village: key, reports: [{ school: first.school, total: num(first.row.total) }] };
      d.reports.push({ school: r.school, total: num(row.total) });
      dup.set(key, d);
    }
  }
  const villages = [...byVillage.values()];
  const sums = Object.fromEntries(numberKeys.map((k) => [k, villages.reduce((s, v) => s + (num(v.row[k]) ?? 0), 0)]));
  return { villages, duplicates: [...dup.values()], sums };
}

/** The school a file comes from: the unit its name starts with ("城关中学_附件1-2_…"). */
export function schoolOfFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/u, '');
  const at = base.indexOf('_附件');
  return at > 0 ? base.slice(0, at) : base;
}

/** The town's list of schools as typed, one a line; repeats kept once. */
export function parseSchoolList(text: string): string[] {
  return [...new Set((text ?? '').split(/\r\n|\r|\n/u).map(normalizeName).filter(Boolean))];
}

/** The listed schools no file came from (names compared without spaces). */
export function missingSchools(listed: readonly string[], received: readonly string[]): string[] {
  const got = new Set(received.map(normalizeName));
  return listed.filter((s) => !got.has(normalizeName(s)));
}
