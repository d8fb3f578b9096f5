// What the bureau adds up of each report it receives: the columns (labels from the forms'
// definitions) and the checks that keep a report out of the county totals.
import { schoolingReport } from '../forms/schooling-report';
import { COUNTS, SUM_CONFIRM_LABEL } from '../forms/schooling-report/derive';
import { schoolStats } from '../forms/school-stats';
import { townTable } from '../forms/town-table';
import { NUMBER_KEYS, sumKey } from '../forms/town-table/derive';
import type { FormDef } from '../forms/kit/define';
import {
  invalidCounts, summarise, type CountyAnnex, type CountyColumn, type CountySummary, type FileIn, type FileRow, type SchoolReport,
} from './county';
import { formatPercent, percent } from './percent';
import { trimmedOf } from '../forms/kit/text-of';

const yearIn = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** What the summary knows of the form itself: its id, version and annex number. */
const formOf = (f: FormDef) => ({ formId: f.id, version: f.version, annex: f.annex });

const labelIn = (form: FormDef) => (key: string): string =>
  (form.fieldByKey.get(key)?.label ?? key).replace('（含信件家访）', '');

/** The checks every annex shares: a unit, a version this app reads, whole numbers. */
function common(a: CountyAnnex, r: SchoolReport, year: number): { out: string[]; counts: boolean } {
  const out: string[] = [];
  if (!r.unit) out.push(a.sender === '镇' ? '没有填写镇（街道）' : '没有填写单位名称');
  if (r.formVersion > a.version) out.push('由更新版本的本应用导出，请先更新本应用');
  if (!r.complete) out.push('报表尚未完成（草稿），请对方填写完整后重新发送');
  if (r.year != null && r.year !== year) out.push(`年份为${r.year}年，不是${year}年`);
  const bad = invalidCounts(a, r.values);
  if (bad.length) out.push(`${bad.join('、')}不是有效的人数`);
  return { out, counts: !bad.length };
}

const stats = labelIn(schoolStats);
const MODES = ['face', 'phone', 'sms', 'online'] as const;
const count = (label: (k: string) => string) => (key: string): CountyColumn => ({ key, label: label(key) });
const share = (key: string, part: string, whole: string): CountyColumn => ({ key, label: stats(key), share: { part, whole } });

/** 附件3-2, from every school: visits, each count next to the share made of it. */
export const COUNTY_3_2: CountyAnnex = {
  ...formOf(schoolStats),
  title: '“教师大家访”活动学校情况汇总表',
  sender: '学校',
  unitLabel: '单位名称',
  deadline: 'deadline3',
  unitOf: (v) => trimmedOf(v.unit),
  yearOf: (v) => yearIn(Number(trimmedOf(v.date).slice(0, 4)) || null),
  columns: [
    count(stats)('staffTotal'), count(stats)('staffVisited'), share('staffShare', 'staffVisited', 'staffTotal'),
    count(stats)('studentTotal'), count(stats)('studentsVisited'), share('studentShare', 'studentsVisited', 'studentTotal'),
    count(stats)('visits'),
    ...MODES.flatMap((m) => [count(stats)(m), share(`${m}Share`, m, 'visits')]),
    count(stats)('suggestions'),
  ],
  problems(r, year) {
    const { out, counts } = common(this, r, year);
    if (!counts) return out;
    const v = r.values as Record<string, number>;
    const modes = MODES.reduce((s, m) => s + v[m]!, 0);
    // Letters count in 家访记录总数 without a column of their own: the total can exceed the modes.
    if (v.visits! < modes) out.push(`家访记录总数（${v.visits}）小于各形式家访数之和（${modes}）`);
    if (v.staffVisited! > v.staffTotal! && !r.flags.staffConfirmed)
      out.push(`参与家访的干部教师数（${v.staffVisited}）大于干部教师总数（${v.staffTotal}）`);
    if (v.studentsVisited! > v.studentTotal! && !r.flags.studentsConfirmed)
      out.push(`被家访的学生数（${v.studentsVisited}）大于学生总数（${v.studentTotal}）`);
    for (const c of this.columns) {
      if (!c.share) continue;
      const sent = r.values[c.key];
      const should = percent(v[c.share.part]!, v[c.share.whole]!);
      if (sent == null || should == null) continue;
      // Printed to one decimal: anything further off than that rounding is a wrong share.
      if (Math.abs(sent - should) > 0.051) out.push(`${c.label.replace(/（%）$/, '')}为${formatPercent(sent)}，按人数应为${formatPercent(should)}`);
    }
    return out;
  },
};

const report = labelIn(schoolingReport);

/** 附件1-1, from every school: 共计, the 11 situations, 易地搬迁户 and 残疾儿童. */
export const COUNTY_1_1: CountyAnnex = {
  ...formOf(schoolingReport),
  title: '6-15周岁适龄儿童少年就学情况摸排汇总表',
  sender: '学校',
  unitLabel: '单位名称',
  deadline: 'deadline1',
  // 辖区 is often the town, shared by its schools: the school is the unit that sent it.
  unitOf: (v, sender) => sender || trimmedOf(v.area),
  yearOf: () => null,
  columns: ['total', ...COUNTS.map((c) => c.key), 'relocated', 'disabled'].map(count(report)),
  problems(r, year) {
    const { out, counts } = common(this, r, year);
    if (!counts) return out;
    const eleven = COUNTS.reduce((s, c) => s + r.values[c.key]!, 0);
    if (eleven !== r.values.total && !r.flags.sumConfirmed)
      out.push(`11项人数之和（${eleven}）与共计（${r.values.total}）不一致，且学校未勾选“${SUM_CONFIRM_LABEL}”`);
    return out;
  },
};

const town = labelIn(townTable);

/** 附件1-2, one per town: the 合计 row of its villages. */
export const COUNTY_1_2: CountyAnnex = {
  ...formOf(townTable),
  title: '6—15周岁儿童少年统计汇总表',
  sender: '镇',
  unitLabel: '镇（街道）',
  deadline: 'deadline1',
  unitOf: (v) => trimmedOf(v.town),
  yearOf: (v) => yearIn(v.year),
  // The fields say "合计儿童人数": in a table whose last row is 合计, the column is 儿童人数.
  columns: NUMBER_KEYS.map((k) => ({ key: sumKey(k), label: town(sumKey(k)).replace(/^合计/, '') })),
  problems(r, year) {
    return common(this, r, year).out;
  },
};

export const COUNTY_ANNEXES: readonly CountyAnnex[] = [COUNTY_3_2, COUNTY_1_1, COUNTY_1_2];
export const countyAnnex = (formId: string | undefined): CountyAnnex | undefined =>
  COUNTY_ANNEXES.find((a) => a.formId === formId);

export interface CountyRead {
  /** Every file, in the order dropped, with its state. */
  files: FileRow[];
  /** One summary per annex, in COUNTY_ANNEXES order. */
  summaries: CountySummary[];
}

/** Files of any annex dropped together: each annex summed on its own, every file accounted for. */
export function summariseAll(files: FileIn[], year: number, expected: string[] = []): CountyRead {
  const rows: FileRow[] = files.map((f) => ({
    name: f.name, state: '有问题', unit: '', annex: '', note: 'error' in f.read ? f.read.error : '',
  }));
  const summaries = COUNTY_ANNEXES.map((a) => {
    const mine = files.flatMap((f, i) => ('report' in f.read && f.read.report.formId === a.formId ? [i] : []));
    const s = summarise(a, mine.map((i) => files[i]!), year, expected);
    s.files.forEach((row, k) => (rows[mine[k]!] = row));
    return s;
  });
  return { files: rows, summaries };
}
