import { defineForm } from '../kit/define';
import type { EntryData } from '../kit/field';
import { HOME_TEACHING_LEDGER_TITLE } from './options';
import { trimmedOf } from '../kit/text-of';


/** What a visit copies from the roster child it is for. */
export const visitPrefill = (child: EntryData): EntryData => ({ name: trimmedOf(child.name) });

/**
 * 送教记录 (通知三（八）: 落实每月2次送教任务; 附件2-2 Ⅵ③ 送教方案及送教记录): one entry per
 * visit to a 送教上门 child, with the roster child's id in `childId`. A visit counts toward the
 * month's two once it is complete, the guardian's confirmation included.
 */
export const homeTeaching = defineForm({
  id: 'home-teaching',
  version: 1,
  annex: '送教上门',
  title: '送教记录',
  summary: '送教上门儿童每次送教的日期、教师、内容、时长和家长确认，每月至少2次',
  href: '/special/',
  subjectKey: 'name',
  dateKey: 'date',
  listKeys: ['name', 'date', 'teachers'],
  register: { title: HOME_TEACHING_LEDGER_TITLE, sortKeys: ['date', 'name'] },
  fields: [
    { key: 'childId', label: '花名册儿童', kind: 'text', readOnly: true },
    { key: 'name', label: '学生姓名', kind: 'text', readOnly: true },
    { key: 'date', label: '送教日期', kind: 'date', required: true, defaultFrom: 'today' },
    { key: 'teachers', label: '送教教师', kind: 'text', required: true, placeholder: '多人用顿号分隔' },
    { key: 'content', label: '送教内容', kind: 'textarea', required: true, wide: true },
    { key: 'minutes', label: '送教时长（分钟）', kind: 'int', required: true, min: 1 },
    { key: 'photos', label: '已拍照留存（附图片）', kind: 'flag' },
    { key: 'guardian', label: '家长确认（签名）', kind: 'text', required: true, hint: '由家长输入自己的姓名' },
    { key: 'note', label: '备注', kind: 'textarea', wide: true, sensitive: 'note' },
  ],
  sections: [
    { title: '送教', keys: ['date', 'teachers', 'content', 'minutes', 'photos'] },
    { title: '家长确认', keys: ['guardian', 'note'] },
  ],
  // Printed as the 送教台账 of all visits (special-education/ledgers.ts).
  paper: {
    orientation: 'portrait',
    columns: [14, 30],
    head: [{ t: '送教记录', align: 'center', size: 16, bold: true }],
    rows: [
      { cells: [{ t: '学生姓名', label: true }, { t: '{name}' }] },
      { cells: [{ t: '送教日期', label: true }, { t: '{date}' }] },
      { cells: [{ t: '送教教师', label: true }, { t: '{teachers}' }] },
      { cells: [{ t: '送教内容', label: true }, { t: '{content}' }] },
      { cells: [{ t: '送教时长（分钟）', label: true }, { t: '{minutes}' }] },
      { cells: [{ t: '家长确认（签名）', label: true }, { t: '{guardian}' }] },
    ],
    foot: [],
  },
});
