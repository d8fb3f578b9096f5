import { defineForm } from '../kit/define';
import type { Field } from '../kit/field';
import type { PaperRow } from '../kit/paper';
import { schoolStats } from '../school-stats';
import { COUNT_FIELDS, deriveVisitSummary, STATS_KEYS } from './derive';

const statsLabel = (k: string) => schoolStats.fieldByKey.get(k)!.label;
const GROUPS = ['类别', '共性/个性', '处理情况'];

/**
 * 家访总结 (四（二）“定期进行家访总结”): the school's own summary text, first filled from the
 * 附件3-2 numbers and the counts of parents' suggestions (三（五）), then edited by the school.
 */
export const visitSummary = defineForm({
  id: 'visit-summary',
  version: 1,
  annex: '家访总结',
  title: '“教师大家访”活动家访总结',
  summary: '按统计表和意见建议预填，学校修改后存档',
  single: true,
  sources: ['3-1', '3-2', 'suggestion'],
  subjectKey: 'unit',
  dateKey: 'date',
  listKeys: ['unit', 'date'],
  derive: deriveVisitSummary,
  fields: [
    { key: 'unit', label: '单位名称', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'date', label: '日期', kind: 'date', required: true, defaultFrom: 'today' },
    ...STATS_KEYS.map((k): Field<(typeof STATS_KEYS)[number]> => ({ key: k, label: statsLabel(k), kind: 'int', derived: 'auto' })),
    ...COUNT_FIELDS.map((f): Field<(typeof COUNT_FIELDS)[number]['key']> => ({ key: f.key, label: `${f.group}：${f.label}`, kind: 'int', derived: 'auto' })),
    { key: 'summary', label: '家访总结', kind: 'textarea', required: true, wide: true, derived: 'overridable',
      derivedNote: '已按统计表和家长意见建议预填，可直接修改' },
  ],
  sections: [
    { keys: ['unit', 'date'] },
    { title: '家访情况（同附件3-2）', keys: [...STATS_KEYS] },
    ...GROUPS.map((g) => ({ title: `家长意见和建议：${g}`, keys: COUNT_FIELDS.filter((f) => f.group === g).map((f) => f.key) })),
    { title: '总结', keys: ['summary'] },
  ],
  paper: {
    orientation: 'portrait',
    columns: [16, 10, 16, 10, 16, 10],
    head: [
      { t: '“教师大家访”活动家访总结', align: 'center', size: 18, bold: true },
      { t: '单位名称：{unit}', align: 'left', size: 12, right: '{date}' },
    ],
    rows: [
      // 3-2's numbers, a pair per row as on 3-2's paper.
      ...STATS_KEYS.map((k): PaperRow => ({ height: 24, cells: [{ t: statsLabel(k), label: true, colSpan: 3 }, { t: `{${k}}`, colSpan: 3, align: 'center' }] })),
      ...GROUPS.map((g): PaperRow => {
        const counts = COUNT_FIELDS.filter((f) => f.group === g).map((f) => `${f.label} {${f.key}} 条`).join('    ');
        return { height: 28, cells: [{ t: g, label: true, colSpan: 2 }, { t: counts, colSpan: 4 }] };
      }),
      { height: 420, cells: [{ t: '{summary}', colSpan: 6 }] },
    ],
    foot: [],
  },
});
