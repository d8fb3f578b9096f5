import { defineForm, type DeriveContext } from '../kit/define';
import type { EntryData, Field, Option } from '../kit/field';
import { checkChild } from './check';
import type { PaperCell } from '../kit/paper';
import { SPECIAL_GROUPS } from './groups';
import { CATEGORIES, SUB_STATUSES } from '../vocabulary';

export { checkChild, type AgeSettings, type ChildProblem, type ChildProblemCode } from './check';
export { SPECIAL_GROUPS, type SpecialGroup } from './groups';

const AGE_CODES = new Set(['noBirth', 'bornAfterRef', 'ageOutOfRange']);

/** checkChild beside the fields; without a reference date the age is not judged. */
function rosterFieldProblems(data: EntryData, ctx: DeriveContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of checkChild(data, { ageRef: ctx.refDate ?? '2000-01-01' })) {
    if (!ctx.refDate && AGE_CODES.has(p.code)) continue;
    out[p.key] = out[p.key] ? `${out[p.key]}；${p.message}` : p.message;
  }
  return out;
}

const opts = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));
const YES_NO = opts(['是', '否']);

/**
 * The roster's fields. Labels are the column names of the 花名册 schools keep; 就学状态
 * offers 附件1-1's 11 categories and 子类 every sub-status of vocabulary/status.ts. 子类 is one flat
 * choice (options labelled with their category) rather than a list that changes with
 * 就学状态: the kit's choice kind has fixed options, and checkChild reports a 子类 that does
 * not belong to the chosen 就学状态.
 */
export const ROSTER_FIELDS = [
  { key: 'name', label: '姓名', kind: 'text', required: true },
  { key: 'sex', label: '性别', kind: 'choice', options: opts(['男', '女']), hint: '可由身份证号码自动核对' },
  { key: 'idNumber', label: '身份证号码', kind: 'idcard', required: true, placeholder: '18位，末位可为X', sensitive: 'id' },
  { key: 'birth', label: '出生日期', kind: 'date' },
  { key: 'village', label: '村委会', kind: 'text' },
  { key: 'address', label: '家庭住址', kind: 'text', wide: true },
  { key: 'parent', label: '家长姓名', kind: 'text' },
  { key: 'phone', label: '电话', kind: 'phone' },
  { key: 'status', label: '就学状态', kind: 'choice', required: true, options: opts(CATEGORIES),
    hint: '在此修改就学状态会记入学籍异动登记（原因待补充）：请到“动态监测”登记变动日期和原因' },
  {
    key: 'sub',
    label: '子类',
    kind: 'choice',
    hint: '附件2-1、附件4 需要区分的具体情况，如 幼儿园就读、出国在外；须与就学状态对应',
    options: SUB_STATUSES.map((s) => ({ value: s.value, label: `${s.value}（${s.category}）` })),
  },
  { key: 'school', label: '就读学校', kind: 'text' },
  { key: 'grade', label: '年级', kind: 'text', placeholder: '如 七年级' },
  { key: 'relocated', label: '易地搬迁户', kind: 'choice', options: YES_NO },
  { key: 'disabled', label: '残疾儿童', kind: 'choice', options: YES_NO, sensitive: 'health' },
  { key: 'groups', label: '特殊群体', kind: 'multi', options: opts(SPECIAL_GROUPS), hint: '可多选', wide: true, sensitive: 'health' },
  { key: 'note', label: '备注', kind: 'textarea', wide: true, sensitive: 'note' },
] as const satisfies readonly Field[];

export type RosterKey = (typeof ROSTER_FIELDS)[number]['key'];
export const ROSTER_KEYS: readonly RosterKey[] = ROSTER_FIELDS.map((f) => f.key);

// Printed roster: one header row and one row of values, landscape because 16 columns do
// not fit across A4 portrait. The 表册 of many children repeats the value row.
const PAPER_WIDTHS: Record<RosterKey, number> = {
  name: 8, sex: 4, idNumber: 20, birth: 11, village: 10, address: 16, parent: 8, phone: 13,
  status: 12, sub: 10, school: 14, grade: 7, relocated: 6, disabled: 6, groups: 12, note: 12,
};
// The 表册 (Excel and PDF) prints every field too, a little tighter so that 17 columns keep
// 9 pt text across landscape A4 (kit/register.ts); long text wraps.
const REGISTER_WIDTHS: Record<RosterKey, number> = {
  ...PAPER_WIDTHS, sex: 4.5, idNumber: 20.5, birth: 15, phone: 13.5, address: 12, status: 11, sub: 9, school: 11, groups: 9, note: 9,
};
const headerCell = (f: (typeof ROSTER_FIELDS)[number]): PaperCell => ({ t: f.label, label: true });
const valueCell = (f: (typeof ROSTER_FIELDS)[number]): PaperCell => ({
  t: `{${f.key}}`,
  align: f.kind === 'choice' ? 'center' : 'left',
});

/** 花名册: one entry per child aged 6–15 in the area (附件2-2 Ⅲ类③). */
export const roster = defineForm({
  id: 'roster',
  version: 1,
  annex: '花名册',
  title: '辖区内6-15周岁适龄儿童少年花名册',
  summary: '逐人登记辖区内6-15周岁儿童少年及其就学状态，汇总成附件1-1、1-2',
  subjectKey: 'name',
  listKeys: ['name', 'idNumber', 'village', 'status', 'school'],
  // 20,000 children need their own list (windowed, with import) around the kit's editor.
  view: 'roster',
  fieldProblems: rosterFieldProblems,
  // The list of children is the 花名册 itself (not a “花名册表册”); it prints whole ID numbers.
  register: { title: '辖区内6-15周岁适龄儿童少年花名册', countUnit: '人', widths: REGISTER_WIDTHS, dataSheet: 'optional' },
  fields: ROSTER_FIELDS,
  sections: [
    { title: '儿童信息', keys: ['name', 'sex', 'idNumber', 'birth'] },
    { title: '家庭', keys: ['village', 'address', 'parent', 'phone'] },
    { title: '就学情况', keys: ['status', 'sub', 'school', 'grade'] },
    { title: '特殊情况', keys: ['relocated', 'disabled', 'groups', 'note'] },
  ],
  paper: {
    orientation: 'landscape',
    columns: ROSTER_FIELDS.map((f) => PAPER_WIDTHS[f.key]),
    head: [{ t: '辖区内6-15周岁适龄儿童少年花名册', align: 'center', size: 16, bold: true }],
    rows: [
      { height: 30, cells: ROSTER_FIELDS.map(headerCell) },
      { height: 24, cells: ROSTER_FIELDS.map(valueCell) },
    ],
    foot: [],
  },
});
