import { defineForm } from '../kit/define';
import type { Field } from '../kit/field';
import type { PaperRow } from '../kit/paper';
import type { CellOf, CellOptions } from '../kit/typed';
import { ALL_REASONS } from '../status-changes/reasons';
import { COUNT_PARTS, deriveMonthlyReport, monthlyReportRules, reasonKey, ROWS } from './derive';

const int = <K extends string>(key: K, label: string): Field<K> => ({ key, label, kind: 'int', derived: 'auto' });
const centred = <T extends string>(t: T, more: CellOptions = {}): CellOf<T> => ({ t, align: 'center', ...more });
const label = <T extends string>(t: T, more: CellOptions = {}): CellOf<T> => ({ t, label: true, ...more });

/** 本月变动 as label/number pairs, two a row; the last pair is who is still to be persuaded. */
const PAIRS: [string, string][] = [
  ...ALL_REASONS.map((r, i): [string, string] => [r, `{${reasonKey(i)}}`]),
  ['本月变动合计（条）', '{changeCount}'],
  ['月末疑似辍学及辍学（劝返对象）', '{toPersuade}'],
];
const pairRows: PaperRow[] = [];
for (let i = 0; i < PAIRS.length; i += 2) {
  const [a, b] = [PAIRS[i]!, PAIRS[i + 1] ?? ['', '']];
  pairRows.push({ height: 24, cells: [
    label(a[0], { colSpan: 2 }), centred(a[1]), label(b[0]), centred(b[1], { colSpan: 2 }),
  ] });
}

/**
 * 控辍保学月报表 (附件2-2 Ⅳ①; 通知三（九） 控辍保学月报). The notice gives no template: this is
 * one bordered A4 page in the style of its annexes, every number derived from the roster and
 * the 学籍异动 ledger for the chosen month (default this month): the children by state at
 * the start and end of the month, the month's changes by reason, and the changes listed.
 */
export const monthlyReport = defineForm({
  id: 'monthly-report',
  version: 1,
  annex: '月报',
  title: '控辍保学月报表',
  summary: '按月由花名册和学籍异动登记自动统计：月初、月末人数，本月转入转出、疑似辍学、劝返',
  single: true,
  sources: ['roster', 'status-change'],
  subjectKey: 'monthText',
  listKeys: ['unit', 'month'],
  derive: deriveMonthlyReport,
  rules: monthlyReportRules,
  progress: (v) => (v.monthText ? `${String(v.monthText)}：本月变动 ${Number(v.changeCount ?? 0)} 条` : ''),
  fields: [
    { key: 'unit', label: '单位名称（章）', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'month', label: '月份', kind: 'text', derived: 'overridable', placeholder: '如 2026-11',
      derivedNote: '默认本月；填写“年-月”可查看其他月份' },
    { key: 'monthText', label: '报表月份', kind: 'text', derived: 'auto' },
    ...ROWS.flatMap((r) => COUNT_PARTS.map((p) => int(`${r.key}${p.part}`, `${r.label}：${p.label}`))),
    ...ALL_REASONS.map((r, i) => int(reasonKey(i), `本月${r}（人）`)),
    int('changeCount', '本月变动合计（条）'),
    int('toPersuade', '月末疑似辍学及辍学（劝返对象）'),
    {
      key: 'changes', label: '本月变动名单', kind: 'rows', derived: 'auto', wide: true, keyColumn: 'name',
      columns: [
        { key: 'name', label: '姓名', kind: 'text' }, { key: 'date', label: '变动日期', kind: 'text' },
        { key: 'from', label: '原状态', kind: 'text' }, { key: 'to', label: '新状态', kind: 'text' },
        { key: 'reason', label: '变动原因', kind: 'text' },
      ],
    },
    { key: 'preparer', label: '填表人', kind: 'text' },
    { key: 'note', label: '备注', kind: 'textarea', wide: true },
  ],
  sections: [
    { keys: ['unit', 'month', 'monthText'] },
    ...ROWS.map((r) => ({ title: r.label, keys: COUNT_PARTS.map((p) => `${r.key}${p.part}` as const) })),
    { title: '本月变动', keys: [...ALL_REASONS.map((_, i) => reasonKey(i)), 'changeCount', 'toPersuade'] },
    { keys: ['preparer', 'note'] },
  ],
  paper: {
    orientation: 'portrait',
    columns: [6, 11, 16, 16, 15, 14],
    head: [
      { t: '控辍保学月报表', align: 'center', size: 18, bold: true },
      { t: '单位名称（章）：{unit}', align: 'left', size: 12, right: '{monthText}' },
    ],
    rows: [
      { height: 28, cells: [label('就学状态', { colSpan: 2 }), ...COUNT_PARTS.map((p) => label(p.label))] },
      ...ROWS.map((r): PaperRow => ({ height: 30, cells: [
        label(r.label, { colSpan: 2 }), ...COUNT_PARTS.map((p) => centred(`{${r.key}${p.part}}`)),
      ] })),
      { height: 24, cells: [label('本月变动情况（人）', { colSpan: 6 })] },
      ...pairRows,
      { height: 24, cells: [label('本月变动名单', { colSpan: 6 })] },
      { height: 24, cells: ['序号', '姓名', '变动日期', '原状态', '新状态', '变动原因'].map((t) => label(t)) },
      { height: 22, repeat: 'changes', cells: [
        centred('{#}'), centred('{changes.name}'), centred('{changes.date}'), centred('{changes.from}'),
        centred('{changes.to}'), centred('{changes.reason}'),
      ] },
      { height: 40, cells: [label('备  注'), { t: '{note}', colSpan: 5 }] },
    ],
    foot: [
      { t: '注：在校生以实际在校生人数为准，含请假、休学；月末人数＝月初人数＋本月增加－本月减少。', size: 10 },
      { t: '填表人：{preparer}', size: 12, right: '校长签字：　　　　　　　　' },
    ],
  },
});
