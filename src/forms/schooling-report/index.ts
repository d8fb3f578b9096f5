import { defineForm } from '../kit/define';
import type { EntryData, Field } from '../kit/field';
import type { PaperLine } from '../kit/paper';
import type { LineOf } from '../kit/typed';
import {
  COUNTS, deriveSchoolingReport, schoolingReportProgress, schoolingReportRules, schoolingReportWarnings,
  SUM_CONFIRM_LABEL, sumNote,
} from './derive';

const FROM_ROSTER = '由花名册统计；无花名册时直接填写';
// Empty numbers print as a line to write on, as in the seed's blank form.
const count = <K extends string>(key: K, label: string): Field<K> =>
  ({ key, label, kind: 'int', derived: 'overridable', derivedNote: FROM_ROSTER, blank: '______' });
const info = <K extends string>(key: K, label: string): Field<K> => ({ key, label, kind: 'int', derived: 'auto' });

/** The sentences of the seed, with each count in its place. */
const BODY = 14;
const para = <T extends string>(t: T): LineOf<T> => ({ t, size: BODY });
// The two stamp labels padded to one width, so that they start at the same place.
const SIGN: PaperLine[] = [
  { t: '', size: BODY },
  { t: '', size: BODY },
  { t: '校长签字：', size: BODY, right: '学校盖章：　　　　　　　　　' },
  { t: '', size: BODY },
  { t: '镇（街道）负责人签字：', size: BODY, right: '镇（街道）盖章：　　　　　　' },
];

/**
 * 附件1-1 6-15周岁适龄儿童少年就学情况摸排统计报告: one per school or town, a letter with
 * the numbers in its sentences, computed from the roster (花名册) or typed.
 */
export const schoolingReport = defineForm({
  id: '1-1',
  version: 1,
  annex: '附件1-1',
  title: '6-15周岁适龄儿童少年就学情况摸排统计报告',
  summary: '由花名册自动统计11类就学情况，10月22日前报送',
  deadline: 'deadline1',
  single: true,
  summedByBureau: true,
  sources: ['roster'],
  subjectKey: 'area',
  listKeys: ['area', 'total'],
  derive: deriveSchoolingReport,
  paperValues: (v: EntryData) => ({ sumNote: sumNote(v) }),
  warnings: schoolingReportWarnings,
  rules: schoolingReportRules,
  progress: schoolingReportProgress,
  fields: [
    {
      key: 'area', label: '辖区', kind: 'text', derived: 'overridable', blank: '____________', required: true,
      derivedNote: '取自设置中的镇（街道）或单位名称，可手动修改',
    },
    { ...count('total', '共计'), required: true },
    ...COUNTS.map(({ category, key }) => count(key, category)),
    count('relocated', '易地搬迁户6-15周岁学生'),
    count('disabled', '6-15周岁残疾儿童'),
    info('unclassified', '未填写或无法归类就学状态的儿童（未计入11项）'),
    info('outOfRange', '不在6-15周岁的儿童（未计入）'),
    info('undated', '无法计算年龄的儿童（未计入）'),
    info('duplicates', '重复的身份证号码'),
    { key: 'sumConfirmed', label: SUM_CONFIRM_LABEL, kind: 'flag', wide: true, hint: '仅当11项人数之和与共计不一致时需要勾选' },
  ],
  sections: [
    { keys: ['area', 'total'] },
    { title: '1. 具体就学情况', keys: [...COUNTS.map((c) => c.key), 'sumConfirmed'] },
    { title: '2. 易地搬迁户　3. 残疾儿童', keys: ['relocated', 'disabled'] },
    { title: '花名册核对', keys: ['unclassified', 'outOfRange', 'undated', 'duplicates'] },
  ],
  // The seed prints a letter, not a grid: everything is a line, the numbers inside the text.
  paper: {
    orientation: 'portrait',
    columns: [10, 10, 10, 10, 10, 10, 10, 10],
    head: [
      { t: '附件1-1', align: 'left', size: 12 },
      { t: '', size: 12 },
      { t: '6-15周岁适龄儿童少年就学情况摸排', align: 'center', size: 18, bold: true },
      { t: '统计报告', align: 'center', size: 18, bold: true },
      { t: '', size: 12 },
      para('经摸排，{area}内6-15周岁适龄儿童少年共计 {total} 人，具体就学情况如下：'),
      para(`1.${COUNTS.map(({ category, key }) => `${category} {${key}} 人`).join('，')}。`),
      para('2.辖区内共有易地搬迁户6-15周岁学生 {relocated} 人。'),
      para('3.辖区内共有6-15周岁残疾儿童 {disabled} 人。'),
      para('{sumNote}'),
    ],
    rows: [],
    foot: SIGN,
  },
});
