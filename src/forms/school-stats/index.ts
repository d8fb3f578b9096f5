import { defineForm } from '../kit/define';
import type { Field } from '../kit/field';
import {
  confirmLabel, deriveSchoolStats, MODE_KEYS, OVER_BASE, schoolStatsNotes, schoolStatsProgress, schoolStatsRules,
} from './derive';

type Mode = (typeof MODE_KEYS)[number];
const MODE_LABELS: Record<Mode, string> = {
  face: '面对面家访数', phone: '电话家访数', sms: '短信家访数', online: '网络家访数',
};
const SHARE = '占家访数比例（%）';

/** 附件3-2 “教师大家访”活动学校情况统计表: one per school, mostly computed from 附件3-1. */
export const schoolStats = defineForm({
  id: '3-2',
  version: 1,
  annex: '附件3-2',
  title: '“教师大家访”活动学校情况统计表',
  summary: '由家访记录自动统计，11月15日前报送',
  deadline: 'deadline3',
  single: true,
  summedByBureau: true,
  sources: ['3-1'],
  subjectKey: 'unit',
  dateKey: 'date',
  listKeys: ['unit', 'date'],
  derive: deriveSchoolStats,
  rules: schoolStatsRules,
  sourceNotes: schoolStatsNotes,
  progress: schoolStatsProgress,
  fields: [
    { key: 'unit', label: '单位名称（章）', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'date', label: '日期', kind: 'date', required: true, defaultFrom: 'today' },
    // The totals take a row of their own on a laptop's two columns, so that each count below
    // sits beside its percentage (a pair per row), in the paper's order.
    { key: 'staffTotal', label: '干部教师总数', kind: 'int', required: true, wide: true },
    { key: 'staffVisited', label: '参与家访的干部教师数', kind: 'int', derived: 'overridable' },
    { key: 'staffShare', label: '参与家访的干部教师占干部教师总数的比例（%）', kind: 'percent', derived: 'auto' },
    { key: 'studentTotal', label: '学生总数', kind: 'int', required: true, wide: true },
    { key: 'studentsVisited', label: '被家访的学生数', kind: 'int', derived: 'overridable' },
    { key: 'studentShare', label: '被家访的学生占学生总数的比例（%）', kind: 'percent', derived: 'auto' },
    { key: 'visits', label: '家访记录总数（含信件家访）', kind: 'int', derived: 'auto', wide: true },
    ...MODE_KEYS.flatMap((k): Field<Mode | `${Mode}Share`>[] => [
      { key: k, label: MODE_LABELS[k], kind: 'int', derived: 'overridable' },
      { key: `${k}Share`, label: `${MODE_LABELS[k].replace('数', '')}${SHARE}`, kind: 'percent', derived: 'auto' },
    ]),
    { key: 'suggestions', label: '征集家长意见和建议数量', kind: 'int', derived: 'overridable',
      hint: '家长建议栏填“无”“暂无”“/”等的不计入' },
    ...OVER_BASE.map((c): Field<(typeof OVER_BASE)[number]['confirm']> => (
      { key: c.confirm, label: confirmLabel(c.what), kind: 'flag', wide: true, hint: `仅当${c.what}大于${c.base}时需要勾选` })),
    { key: 'note', label: '备注', kind: 'textarea', wide: true },
    { key: 'letterNote', label: '信件家访（备注）', kind: 'text', derived: 'auto', wide: true },
  ],
  sections: [
    { keys: ['unit', 'date'] },
    { title: '干部教师', keys: ['staffTotal', 'staffVisited', 'staffShare', 'staffConfirmed'] },
    { title: '学生', keys: ['studentTotal', 'studentsVisited', 'studentShare', 'studentsConfirmed'] },
    { title: '家访形式统计', keys: ['visits', ...MODE_KEYS.flatMap((k) => [k, `${k}Share` as const])] },
    { keys: ['suggestions', 'note', 'letterNote'] },
  ],
  paper: {
    orientation: 'portrait',
    columns: [11, 15, 14, 10, 22, 10],
    head: [
      { t: '附件3-2', align: 'left', size: 12 },
      { t: '“教师大家访”活动学校情况统计表', align: 'center', size: 18, bold: true },
      { t: '单位名称（章）：{unit}', align: 'left', size: 12, right: '{date}' },
    ],
    rows: [
      { height: 48, cells: [
        { t: '干部教师\n总数', label: true }, { t: '{staffTotal}', align: 'center' },
        { t: '参与家访的\n干部教师数', label: true }, { t: '{staffVisited}', align: 'center' },
        { t: '参与家访的干部教师\n占干部教师总数的比例（%）', label: true }, { t: '{staffShare}', align: 'center' },
      ] },
      { height: 48, cells: [
        { t: '学生总数', label: true }, { t: '{studentTotal}', align: 'center' },
        { t: '被家访的\n学生数', label: true }, { t: '{studentsVisited}', align: 'center' },
        { t: '被家访的学生\n占学生总数的比例（%）', label: true }, { t: '{studentShare}', align: 'center' },
      ] },
      ...MODE_KEYS.map((k, i) => ({ height: 32, cells: [
        ...(i === 0 ? [{ t: '家访形式\n统计', label: true, rowSpan: 4 }] : []),
        { t: MODE_LABELS[k], label: true }, { t: `{${k}}`, align: 'center' as const },
        { t: SHARE, label: true, colSpan: 2 }, { t: `{${k}Share}`, align: 'center' as const },
      ] })),
      { height: 36, cells: [
        { t: '征集家长意见和建议数量', label: true, colSpan: 2 }, { t: '{suggestions}', colSpan: 4, align: 'center' },
      ] },
      { height: 110, cells: [{ t: '备  注', label: true }, { t: '{note}\n{letterNote}', colSpan: 5 }] },
    ],
    foot: [],
  },
});
