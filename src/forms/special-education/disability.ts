import { defineForm } from '../kit/define';
import type { EntryData } from '../kit/field';
import { ASSESSOR, DISABILITY_KINDS, DISABILITY_LEDGER_TITLE, PLACEMENTS } from './options';
import { trimmedOf } from '../kit/text-of';

const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** What an assessment copies from the roster child, for lists and files that show who it is. */
export const disabilityPrefill = (child: EntryData): EntryData => ({
  name: trimmedOf(child.name),
  idNumber: trimmedOf(child.idNumber),
});

/**
 * 残疾儿童 (通知三（八）): one entry per disabled roster child (花名册 残疾儿童 = 是), found again
 * by `childId`, the roster entry's id. Name and ID number are copied so the 台账 and a backup
 * say who it is; the roster stays the truth about the child. Made and edited on /special/.
 */
export const disability = defineForm({
  id: 'disability',
  version: 1,
  annex: '残疾儿童',
  title: '残疾儿童评估与安置',
  summary: '残疾人教育专家委员会的科学评估和分类落实的教育安置，更新残疾儿童台账',
  href: '/special/',
  // The home page counts the roster's disabled children, not only those assessed so far.
  overview: {
    sources: ['roster', 'disability'],
    line(lists) {
      const kids = (lists.roster ?? []).filter((e) => e.data.disabled === '是');
      const ids = new Set(kids.map((k) => k.id));
      const placed = new Set((lists.disability ?? []).filter((e) => e.complete && ids.has(String(e.data.childId))).map((e) => e.data.childId));
      return `花名册中残疾儿童 ${kids.length} 人，已评估安置 ${placed.size} 人`;
    },
  },
  subjectKey: 'name',
  listKeys: ['name', 'placement', 'assessDate'],
  register: { title: DISABILITY_LEDGER_TITLE, countUnit: '人', sortKeys: ['placement', 'name'] },
  fields: [
    { key: 'childId', label: '花名册儿童', kind: 'text', readOnly: true },
    { key: 'name', label: '姓名', kind: 'text', readOnly: true },
    { key: 'idNumber', label: '身份证号码', kind: 'idcard', readOnly: true, sensitive: 'id' },
    { key: 'kind', label: '残疾类别', kind: 'choice', options: opts(DISABILITY_KINDS), sensitive: 'health' },
    { key: 'assessDate', label: '评估日期', kind: 'date', required: true, hint: `${ASSESSOR}评估认定的日期` },
    {
      key: 'conclusion', label: '评估认定意见', kind: 'textarea', required: true, wide: true, sensitive: 'health',
      hint: `${ASSESSOR}的评估认定意见（或医学诊断证明）`,
    },
    { key: 'placement', label: '安置方式', kind: 'choice', required: true, options: opts(PLACEMENTS) },
    {
      key: 'placementOther', label: '其他安置方式', kind: 'text', required: true,
      enabledWhen: (d) => d.placement === '其他', hiddenWhenDisabled: true,
    },
    { key: 'note', label: '备注', kind: 'textarea', wide: true, sensitive: 'note' },
  ],
  sections: [
    { title: '评估', keys: ['kind', 'assessDate', 'conclusion'] },
    { title: '教育安置', keys: ['placement', 'placementOther', 'note'] },
  ],
  // Printed as the 残疾儿童台账 of all children (special-education/ledgers.ts).
  paper: {
    orientation: 'portrait',
    columns: [14, 30],
    head: [{ t: '残疾儿童评估与安置', align: 'center', size: 16, bold: true }],
    rows: [
      { cells: [{ t: '姓名', label: true }, { t: '{name}' }] },
      { cells: [{ t: '残疾类别', label: true }, { t: '{kind}' }] },
      { cells: [{ t: '评估日期', label: true }, { t: '{assessDate}' }] },
      { cells: [{ t: '评估认定意见', label: true }, { t: '{conclusion}' }] },
      { cells: [{ t: '安置方式', label: true }, { t: '{placement}{placementOther}' }] },
      { cells: [{ t: '备注', label: true }, { t: '{note}' }] },
    ],
    foot: [],
  },
});
