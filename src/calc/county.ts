// The bureau's 汇总 of the schools' 附件3-2 files: which files count, and the county totals.
// Pure: the files are read by src/io/read-school-report.ts.
import { schoolStats } from '../forms/school-stats';
import { formatPercent, percent } from './percent';

export const COUNT_KEYS = [
  'staffTotal', 'staffVisited', 'studentTotal', 'studentsVisited', 'visits', 'face', 'phone', 'sms', 'online', 'suggestions',
] as const;
export const MODES = ['face', 'phone', 'sms', 'online'] as const;
/** Each share and the counts it is made of: always recomputed from counts, never averaged. */
export const SHARES = [
  { key: 'staffShare', part: 'staffVisited', whole: 'staffTotal' },
  { key: 'studentShare', part: 'studentsVisited', whole: 'studentTotal' },
  ...MODES.map((m) => ({ key: `${m}Share`, part: m, whole: 'visits' as const })),
] satisfies { key: string; part: CountKey; whole: CountKey }[];

/** What a school's file says, as src/io/read-school-report.ts reads it; the checks are made here. */
export interface SchoolReport {
  formId: string;
  formVersion: number;
  updatedAt: number;
  unit: string;
  date: string;
  /** Counts and shares as printed (shares rounded to 0.1 as printed), null when unreadable. */
  values: Record<string, number | null>;
  confirmed: { staff: boolean; students: boolean };
  /** Same content, whatever the file name: a duplicate. */
  hash: string;
}

export type ReportRead = { report: SchoolReport } | { error: string };

export type CountKey = (typeof COUNT_KEYS)[number];
export type Counts = Record<CountKey, number>;
export type FileState = '已收' | '有问题' | '重复' | '已被新文件替换';

export interface FileIn {
  name: string;
  read: ReportRead;
}
export interface FileRow {
  name: string;
  state: FileState;
  unit: string;
  /** What is wrong (有问题), or which file it repeats / was replaced by. */
  note: string;
}
export interface SchoolRow {
  unit: string;
  file: string;
  counts: Counts;
  shares: Record<string, number | null>;
}
export interface CountySummary {
  files: FileRow[];
  schools: SchoolRow[];
  totals: Counts;
  totalShares: Record<string, number | null>;
  /** Expected schools with no file counted. */
  missing: string[];
  /** Schools counted that the list does not name (often a name typed differently); none without a list. */
  unexpected: string[];
}

export const sharesOf = (c: Counts): Record<string, number | null> =>
  Object.fromEntries(SHARES.map((s) => [s.key, percent(c[s.part], c[s.whole])]));

/** Why a report cannot be added up; empty when its numbers agree. */
export function reportProblems(r: SchoolReport, year: number): string[] {
  const out: string[] = [];
  const v = r.values;
  if (!r.unit) out.push('没有填写单位名称');
  if (r.formVersion > schoolStats.version) out.push('由更新版本的本应用导出，请先更新本应用');
  const y = Number(r.date.slice(0, 4));
  if (r.date && y !== year) out.push(`日期为${y}年，不是${year}年`);
  const blank = COUNT_KEYS.filter((k) => v[k] == null || v[k]! < 0 || !Number.isInteger(v[k]));
  if (blank.length) {
    out.push(`${blank.map(label).join('、')}不是有效的人数`);
    return out;
  }
  const modes = MODES.reduce((s, m) => s + v[m]!, 0);
  // Letters count in 家访记录总数 without a column of their own: the total can exceed the modes.
  if (v.visits! < modes) out.push(`家访记录总数（${v.visits}）小于各形式家访数之和（${modes}）`);
  if (v.staffVisited! > v.staffTotal! && !r.confirmed.staff)
    out.push(`参与家访的干部教师数（${v.staffVisited}）大于干部教师总数（${v.staffTotal}）`);
  if (v.studentsVisited! > v.studentTotal! && !r.confirmed.students)
    out.push(`被家访的学生数（${v.studentsVisited}）大于学生总数（${v.studentTotal}）`);
  for (const s of SHARES) {
    const printed = v[s.key];
    const should = percent(v[s.part]!, v[s.whole]!);
    if (printed == null || should == null) continue;
    // Printed to one decimal: anything further off than that rounding is a wrong share.
    if (Math.abs(printed - should) > 0.051)
      out.push(`${label(s.key)}为${formatPercent(printed)}，按人数应为${formatPercent(should)}`);
  }
  return out;
}

function label(key: string): string {
  const f = schoolStats.fieldByKey.get(key);
  return (f?.label ?? key).replace(/（%）$/, '');
}

const zero = (): Counts => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Counts;

/** Files in the order they were dropped; expected school names as the bureau typed them. */
export function summarise(files: FileIn[], year: number, expected: string[] = []): CountySummary {
  const rows: FileRow[] = files.map((f) => ({
    name: f.name, state: '已收', unit: 'report' in f.read ? f.read.report.unit : '', note: '',
  }));
  const good: number[] = [];
  files.forEach((f, i) => {
    if ('error' in f.read) return Object.assign(rows[i], { state: '有问题', note: f.read.error });
    const problems = reportProblems(f.read.report, year);
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
  const schools: SchoolRow[] = [...latest.values()].sort((a, b) => a - b).map((i) => {
    const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, report(i).values[k]!])) as Counts;
    return { unit: report(i).unit, file: files[i].name, counts, shares: sharesOf(counts) };
  });
  const totals = zero();
  for (const s of schools) for (const k of COUNT_KEYS) totals[k] += s.counts[k];
  const got = new Set(schools.map((s) => s.unit));
  const listed = new Set(expected.map((e) => e.trim()).filter(Boolean));
  const missing = [...listed].filter((e) => !got.has(e));
  const unexpected = listed.size ? schools.map((x) => x.unit).filter((u) => !listed.has(u)) : [];
  return { files: rows, schools, totals, totalShares: sharesOf(totals), missing, unexpected };
}
