import { defineForm } from '../kit/define';
import type { Option } from '../kit/field';
import { SUB_STATUSES, CATEGORIES } from '../vocabulary';
import { ALL_REASONS } from './reasons';

export { REASONS, PENDING_REASON, ALL_REASONS } from './reasons';

const opts = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));
/** A state is a 就学状态 or a 子类 (疑似辍学 is a 子类 of 其他情况): see calc/monthly-report.ts statusValue. */
export const STATE_OPTIONS: Option[] = [
  ...opts(CATEGORIES),
  ...SUB_STATUSES.map((s) => ({ value: s.value, label: `${s.value}（${s.category}）` })),
];

/**
 * 学籍异动台账: one entry per change of a roster child's 就学状态 (通知三（九） 动态监测,
 * 附件2-2 Ⅴ④). `childId` is the roster entry's id; name and ID number are copied for display
 * and for the 表册, so a change stays readable after the child leaves the roster. Recorded
 * on /monitor/, where the roster child's status is changed in the same transaction.
 */
export const statusChange = defineForm({
  id: 'status-change',
  version: 1,
  annex: '学籍异动',
  title: '学籍异动（就学状态变动）登记',
  summary: '逐人登记就学状态的变动：日期、原状态、新状态和原因',
  href: '/monitor/',
  subjectKey: 'name',
  dateKey: 'date',
  listKeys: ['name', 'date', 'from', 'to', 'reason'],
  register: {
    title: '学籍异动（转学、休学、复学等）学生花名册',
    keys: ['name', 'idNumber', 'date', 'from', 'to', 'reason', 'note'],
    sortKeys: ['date', 'name'],
    countUnit: '条',
    widths: { name: 9, idNumber: 20, date: 14, from: 14, to: 14, reason: 11, note: 16 },
  },
  fields: [
    { key: 'childId', label: '花名册记录', kind: 'text', readOnly: true },
    { key: 'name', label: '姓名', kind: 'text', required: true, readOnly: true },
    // Copied for display; its checks belong to the roster, so a wrong one never blocks the change.
    { key: 'idNumber', label: '身份证号码', kind: 'text', readOnly: true, sensitive: 'id' },
    { key: 'date', label: '变动日期', kind: 'date', required: true, defaultFrom: 'today' },
    { key: 'from', label: '原状态', kind: 'choice', options: STATE_OPTIONS, readOnly: true },
    { key: 'to', label: '新状态', kind: 'choice', required: true, options: STATE_OPTIONS },
    { key: 'reason', label: '变动原因', kind: 'choice', required: true, options: opts(ALL_REASONS) },
    { key: 'note', label: '备注', kind: 'textarea', wide: true, sensitive: 'note' },
    // When it was recorded (ms): orders two changes of one child on the same day.
    { key: 'seq', label: '登记顺序', kind: 'int', readOnly: true },
  ],
  sections: [{ keys: ['name', 'idNumber', 'date', 'from', 'to', 'reason', 'note'] }],
  rules: (d): Record<string, string> => (d.reason === '待补充' ? { reason: '请填写变动原因' } : {}),
  paper: {
    orientation: 'landscape',
    columns: [9, 20, 14, 14, 14, 11, 16],
    head: [{ t: '学籍异动（转学、休学、复学等）学生花名册', align: 'center', size: 16, bold: true }],
    rows: [
      { height: 28, cells: ['姓名', '身份证号码', '变动日期', '原状态', '新状态', '变动原因', '备注'].map((t) => ({ t, label: true })) },
      { height: 24, cells: ['name', 'idNumber', 'date', 'from', 'to', 'reason', 'note'].map((k) => ({ t: `{${k}}` })) },
    ],
    foot: [],
  },
});
