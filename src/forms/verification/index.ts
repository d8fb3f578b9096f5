import { defineForm } from '../kit/define';
import type { EntryData, Field } from '../kit/field';
import { evidenceFor, suggestedClass } from '../vocabulary';
import { CLASS_KEYS, DROPOUT_OPTIONS, dropoutSideOpen, NON_DROPOUT_OPTIONS, nonDropoutSideOpen } from './classes';
import { paperTexts, TITLE, VERIFICATION_PAPER } from './paper';
import { verificationProblems, verificationRules, verificationWarnings } from './rules';
import { dateKey, SIGNATURES, type SignatureKey } from './signatures';
import { fieldsOf } from '../kit/typed';
import { FORM4_ITEMS } from './evidence-link';
import { trimmedOf } from '../kit/text-of';

export { chosenClass, CLASS_KEYS, DROPOUT_OPTIONS, NON_DROPOUT_OPTIONS } from './classes';
export { needsPolice, outstanding, policeMissing, POLICE_ITEMS, SIGNATURES, type SignatureItem } from './signatures';
export { CLASSIFICATION, policeMessage, verificationRules } from './rules';
export { FORM4_ITEMS, form4Satisfies, type Form4Use } from './evidence-link';


/** 附件4's first values from a roster child: its details, and the class its status suggests. */
export function prefillFromChild(child: EntryData): EntryData {
  // A roster 电话 cell may hold two numbers ("138… / 139…"): 附件4 has two boxes for them.
  const [phone1 = '', phone2 = ''] = trimmedOf(child.phone).split(/[、，,;；/|\s]+/u).filter(Boolean);
  const suggested = suggestedClass(trimmedOf(child.status), trimmedOf(child.sub));
  return {
    name: trimmedOf(child.name),
    sex: trimmedOf(child.sex),
    idNumber: trimmedOf(child.idNumber),
    address: trimmedOf(child.address),
    parent: trimmedOf(child.parent),
    phone1,
    phone2,
    ...(suggested ? { [CLASS_KEYS[suggested.kind]]: suggested.label } : {}),
  };
}

/** Roster children a 附件4 is for: those whose evidence a 核查认定表 gives. */
export const needsForm4 = (child: EntryData): boolean =>
  evidenceFor(trimmedOf(child.status), trimmedOf(child.sub)).some((item) => FORM4_ITEMS.has(item.id));

const CLASS_HINT = '由花名册新建时，按就学状态预先选好；只能在两类中选择一项';

const fields = fieldsOf([
  { key: 'childId', label: '花名册儿童', kind: 'text', readOnly: true },
  { key: 'name', label: '姓名', kind: 'text', required: true },
  { key: 'sex', label: '性别', kind: 'choice', required: true, options: [{ value: '男', label: '男' }, { value: '女', label: '女' }] },
  { key: 'idNumber', label: '身份证号码', kind: 'idcard', required: true, placeholder: '18位，末位可为X', sensitive: 'id' },
  { key: 'address', label: '家庭住址', kind: 'text', wide: true },
  { key: 'parent', label: '家长姓名', kind: 'text' },
  { key: 'phone1', label: '联系电话1', kind: 'phone' },
  { key: 'phone2', label: '联系电话2', kind: 'phone' },
  {
    key: CLASS_KEYS.dropout, label: '失（辍）学类别', kind: 'choice', options: DROPOUT_OPTIONS, hint: CLASS_HINT,
    enabledWhen: dropoutSideOpen, disabledHint: '已选择非辍学类别。如需改为失（辍）学类别，请先把“非辍学类别”改回“请选择”。',
  },
  { key: 'persuasion', label: '劝返情况', kind: 'textarea', wide: true, enabledWhen: dropoutSideOpen, disabledHint: '仅用于失（辍）学类别' },
  {
    key: 'returnLog', label: '劝返记录', kind: 'rows', wide: true, keyColumn: 'date', addLabel: '添加一次劝返',
    hint: '每次劝返的日期、方式及经过、结果（附件2-2 Ⅶ类 劝返资料）',
    columns: [
      { key: 'date', label: '劝返日期', kind: 'date' },
      { key: 'way', label: '劝返方式及经过', kind: 'text', wide: true },
      { key: 'result', label: '劝返结果', kind: 'text', wide: true },
    ],
    enabledWhen: dropoutSideOpen, disabledHint: '仅用于失（辍）学类别',
  },
  {
    key: CLASS_KEYS.nonDropout, label: '非辍学类别', kind: 'choice', options: NON_DROPOUT_OPTIONS, hint: CLASS_HINT,
    enabledWhen: nonDropoutSideOpen, disabledHint: '已选择失（辍）学类别。如需改为非辍学类别，请先把“失（辍）学类别”改回“请选择”。',
  },
  { key: 'details', label: '详细情况', kind: 'textarea', wide: true, enabledWhen: nonDropoutSideOpen, disabledHint: '仅用于非辍学类别' },
  // Each box: done or not, and when. The police pair is required only for three classes (rules.ts).
  ...SIGNATURES.flatMap((s): Field<SignatureKey | `${string}Date`>[] => [
    { key: s.key, label: s.label, kind: 'flag', required: !s.police },
    { key: dateKey(s), label: `${s.label}日期`, kind: 'date', enabledWhen: (d) => d[s.key] === true },
  ]),
  { key: 'date', label: '时间', kind: 'date', defaultFrom: 'today' },
]);

/** 附件4 蒲城县疑似失（辍）学儿童就学情况核查认定表: one per child, made from the roster or from scratch. */
export const verification = defineForm({
  id: '4',
  version: 1,
  annex: '附件4',
  title: TITLE,
  summary: '疑似失（辍）学儿童逐人核查认定；户籍原因、外迁无法联系、失踪失联须公安部门核查盖章',
  subjectKey: 'name',
  dateKey: 'date',
  listKeys: ['name', 'idNumber', CLASS_KEYS.dropout, CLASS_KEYS.nonDropout],
  register: {
    title: '疑似失（辍）学儿童就学情况核查认定表册',
    // Narrow yes/no columns for the ten signatures and stamps, so that the 表册 keeps 9 pt
    // text across landscape A4 (kit/register.ts); 电话2 stays on each child's own 核查认定表.
    keys: ['name', 'sex', 'idNumber', 'address', 'parent', 'phone1', CLASS_KEYS.dropout, 'persuasion',
      CLASS_KEYS.nonDropout, 'details', ...SIGNATURES.map((s) => s.key), 'date'],
    widths: { name: 8, sex: 4.5, address: 9, parent: 8, persuasion: 14, details: 14, ...Object.fromEntries(SIGNATURES.map((s) => [s.key, 4])) },
  },
  fields,
  sections: [
    { keys: ['name', 'sex', 'idNumber', 'address', 'parent', 'phone1', 'phone2'] },
    { title: '核查认定结果及详细情况：失（辍）学类别及劝返情况', keys: [CLASS_KEYS.dropout, 'persuasion', 'returnLog'] },
    { title: '非辍学类别及详细情况', keys: [CLASS_KEYS.nonDropout, 'details'] },
    { title: '签名、盖章（纸质表上手写、盖章，此处记录是否已完成）', keys: [...SIGNATURES.flatMap((s) => [s.key, dateKey(s)]), 'date'] },
  ],
  paper: VERIFICATION_PAPER,
  paperValues: paperTexts,
  rules: verificationRules,
  warnings: verificationWarnings,
  fieldProblems: verificationProblems,
  createFrom: {
    formId: 'roster',
    linkKey: 'childId',
    label: '从花名册选择儿童',
    prefill: prefillFromChild,
    offer: needsForm4,
  },
  listExports: [
    { kind: 'pdf', label: '批量导出 PDF（每人一页）' },
    { kind: 'xlsx', label: '批量导出 Excel（每人一表）' },
    { kind: 'register-xlsx', label: '导出表册 Excel' },
  ],
});
