// The bureau's 汇总 of the reports schools and towns send (附件3-2, 1-1, 1-2): which files
// count, and the county totals they make. Generic over the annex: what each annex sums and
// checks is said by its CountyAnnex (src/calc/county-annexes.ts). Pure: the files are read by
// src/io/read-school-report.ts.
import { percent } from './percent';

/** A column of the county table: a count that is summed, or a share recomputed from two counts. */
export type CountyColumn =
  | { key: string; label: string; share?: undefined }
  | { key: string; label: string; share: { part: string; whole: string } };

/** What the county table of one annex adds up, and how it tells a report that cannot be added. */
export interface CountyAnnex {
  formId: string;
  /** The form's version: a file from a newer one is refused. */
  version: number;
  /** "附件3-2" */
  annex: string;
  /** The table's title after the bureau and year: "“教师大家访”活动学校情况汇总表". */
  title: string;
  /** Who sends it: 学校 (checked against the bureau's list of schools) or 镇. */
  sender: '学校' | '镇';
  /** The header of the first column. */
  unitLabel: string;
  /** The settings key of its deadline, for the days left. */
  deadline: 'deadline1' | 'deadline3';
  columns: readonly CountyColumn[];
  /** Who reports, from the report's values (stored and computed) and the unit that exported it. */
  unitOf(values: Record<string, unknown>, sender: string): string;
  /** The campaign year the report says, or null. */
  yearOf(values: Record<string, unknown>): number | null;
  /** Why a report cannot be added up; empty when it can. */
  problems(r: SchoolReport, year: number): string[];
}

/** What one file says, as src/io/read-school-report.ts reads it; the checks are made here. */
export interface SchoolReport {
  formId: string;
  formVersion: number;
  updatedAt: number;
  /** The school (or, for 1-2, the town) that reports. */
  unit: string;
  /** The campaign year the report says, or null when it says none. */
  year: number | null;
  /** Whether the sender's app called it 完成 (a draft is not added up). */
  complete: boolean;
  /** Counts and shares as the sender's app computed them, null when unreadable. */
  values: Record<string, number | null>;
  /** Confirmations the report carries (附件3-2: a count over its base confirmed by the school). */
  flags: Record<string, boolean>;
  /** Same content, whatever the file name: a duplicate. */
  hash: string;
}

export type ReportRead = { report: SchoolReport } | { error: string };

export type FileState = '已收' | '有问题' | '重复' | '已被新文件替换';

export interface FileIn {
  name: string;
  read: ReportRead;
}
export interface FileRow {
  name: string;
  state: FileState;
  unit: string;
  /** The annex the file holds ('' when unreadable). */
  annex: string;
  /** What is wrong (有问题), or which file it repeats / was replaced by. */
  note: string;
}
export interface SchoolRow {
  unit: string;
  file: string;
  /** Every column's value: counts as sent, shares recomputed from them. */
  values: Record<string, number | null>;
}
export interface CountySummary {
  annex: CountyAnnex;
  files: FileRow[];
  schools: SchoolRow[];
  totals: Record<string, number | null>;
  /** Expected schools with no file counted (none for an annex towns send). */
  missing: string[];
  /** Schools counted that the list does not name (often a name typed differently); none without a list. */
  unexpected: string[];
}

export const countKeys = (a: CountyAnnex): string[] => a.columns.filter((c) => !c.share).map((c) => c.key);

/** Counts as given, every share recomputed from them: a total's share is never an average. */
function withShares(a: CountyAnnex, counts: Record<string, number>): Record<string, number | null> {
  const out: Record<string, number | null> = { ...counts };
  for (const c of a.columns) if (c.share) out[c.key] = percent(counts[c.share.part]!, counts[c.share.whole]!);
  return out;
}

/** Counts that are not whole numbers ≥ 0, by label: a report with any cannot be added up. */
export function invalidCounts(a: CountyAnnex, v: Record<string, number | null>): string[] {
  return a.columns.filter((c) => !c.share && (v[c.key] == null || v[c.key]! < 0 || !Number.isInteger(v[c.key])))
    .map((c) => c.label);
}

/** The one summary of an annex. Files in the order they were dropped; schools as the bureau typed them. */
export function summarise(annex: CountyAnnex, files: FileIn[], year: number, expected: string[] = []): CountySummary {
  const rows: FileRow[] = files.map((f) => ({
    name: f.name, state: '已收', unit: 'report' in f.read ? f.read.report.unit : '', annex: annex.annex, note: '',
  }));
  const good: number[] = [];
  files.forEach((f, i) => {
    if ('error' in f.read) return Object.assign(rows[i], { state: '有问题', note: f.read.error });
    const problems = annex.problems(f.read.report, year);
    if (problems.length) return Object.assign(rows[i], { state: '有问题', note: `${problems.join('；')}。未计入合计。` });
    good.push(i);
  });
  const report = (i: number) => (files[i].read as { report: SchoolReport }).report;
  // Same content twice (the same file sent again, or renamed): the first one counts.
  const byHash = new Map<string, number>();
  const distinct: number[] = [];
  for (const i of good) {
    const first = byHash.get(report(i).hash);
    if (first === undefined) {
      byHash.set(report(i).hash, i);
      distinct.push(i);
    } else Object.assign(rows[i], { state: '重复', note: `与“${files[first].name}”内容相同，已忽略` });
  }
  // One report per school: the one saved last (the later file on a tie) replaces the others.
  const latest = new Map<string, number>();
  for (const i of distinct) {
    const key = report(i).unit;
    const had = latest.get(key);
    if (had === undefined || report(i).updatedAt >= report(had).updatedAt) latest.set(key, i);
  }
  for (const i of distinct) {
    const winner = latest.get(report(i).unit)!;
    if (winner !== i) Object.assign(rows[i], { state: '已被新文件替换', note: `已由较新的“${files[winner].name}”替换` });
  }
  const keys = countKeys(annex);
  const schools: SchoolRow[] = [...latest.values()].sort((a, b) => a - b).map((i) => ({
    unit: report(i).unit,
    file: files[i].name,
    values: withShares(annex, Object.fromEntries(keys.map((k) => [k, report(i).values[k]!]))),
  }));
  const sums = Object.fromEntries(keys.map((k) => [k, schools.reduce((s, x) => s + x.values[k]!, 0)]));
  const got = new Set(schools.map((s) => s.unit));
  const listed = new Set(annex.sender === '学校' ? expected.map((e) => e.trim()).filter(Boolean) : []);
  const missing = [...listed].filter((e) => !got.has(e));
  const unexpected = listed.size ? schools.map((x) => x.unit).filter((u) => !listed.has(u)) : [];
  return { annex, files: rows, schools, totals: withShares(annex, sums), missing, unexpected };
}
