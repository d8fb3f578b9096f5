import { defineForm } from '../kit/define';
import type { Field } from '../kit/field';
import type { PaperRow } from '../kit/paper';
import { EVIDENCE, type EvidenceItem } from '../vocabulary';

import { buildChecklist, summarize } from './checklist';

export * from './checklist';
export { specialRoster, SPECIAL_ROSTER_TITLE } from './special-roster';
export { suspectedChildren, suspectedRoster, SUSPECTED_ROSTER_TITLE } from './suspected-roster';

/** Every evidence item of 附件2-1 (and the two the app adds), in definition order. */
export const EVIDENCE_ITEMS: readonly EvidenceItem[] = Object.values(EVIDENCE);

/** Keys of one item's state in a 2-1 entry: collected (flag), date collected, note. */
export const itemKeys = (id: string) => ({ done: id, date: `${id}Date`, note: `${id}Note` });

/**
 * 附件2-1 佐证资料完善要求, kept per child: one entry per roster child whose status needs
 * evidence, holding for each item whether it is collected, when, and a note.
 *
 * The state lives in entries of its own rather than in the roster child: the roster is
 * re-imported from the school's spreadsheet, which knows nothing of evidence and must not
 * wipe it; and an entry per child is backed up, merged and exported like any other. An
 * entry names its child by roster id and by ID number, so a child re-imported under a new
 * id keeps its evidence. The checklist page (/forms/2-1/) reads roster, 2-1 and 附件4
 * together (checklist.ts); this form only gives the stored shape.
 */
export const evidenceRecord = defineForm({
  id: '2-1',
  version: 1,
  annex: '附件2-1',
  title: '佐证资料完善要求',
  summary: '按花名册逐人核对佐证资料：缺什么、已收集什么；导出特殊情况分类花名册',
  // A checklist over the roster's children, not a list of entries.
  view: 'evidence',
  overview: {
    sources: ['roster', '2-1', '4'],
    line(lists, refDate) {
      const s = summarize(buildChecklist(lists.roster, lists['2-1'], lists['4'], refDate));
      return s.children ? `需佐证 ${s.children} 人，已齐全 ${s.complete} 人，缺资料 ${s.children - s.complete} 人` : '花名册中暂无需要佐证资料的儿童';
    },
  },
  subjectKey: 'name',
  listKeys: ['name', 'idNumber'],
  fields: [
    { key: 'childId', label: '花名册儿童', kind: 'text', readOnly: true },
    { key: 'name', label: '姓名', kind: 'text', readOnly: true },
    { key: 'idNumber', label: '身份证号码', kind: 'text', readOnly: true, sensitive: 'id' },
    ...EVIDENCE_ITEMS.flatMap((item): Field[] => {
      const k = itemKeys(item.id);
      return [
        { key: k.done, label: item.label, kind: 'flag' },
        { key: k.date, label: `${item.label}（收集日期）`, kind: 'date' },
        { key: k.note, label: `${item.label}（备注）`, kind: 'text' },
      ];
    }),
  ],
  sections: [
    { keys: ['name', 'idNumber'] },
    ...EVIDENCE_ITEMS.map((item) => {
      const k = itemKeys(item.id);
      return { title: item.label, keys: [k.done, k.date, k.note] };
    }),
  ],
  register: { title: '佐证资料收集情况表册', keys: ['name', 'idNumber', ...EVIDENCE_ITEMS.map((i) => i.id)] },
  paper: {
    orientation: 'portrait',
    columns: [30, 8, 14, 20],
    head: [{ t: '佐证资料收集情况', align: 'center', size: 16, bold: true }, { t: '姓名：{name}　身份证号码：{idNumber}' }],
    rows: [
      { height: 24, cells: [{ t: '佐证资料', label: true }, { t: '已收集', label: true }, { t: '收集日期', label: true }, { t: '备注', label: true }] },
      ...EVIDENCE_ITEMS.map((item): PaperRow => {
        const k = itemKeys(item.id);
        return { height: 24, cells: [{ t: item.label }, { t: `{${k.done}}`, align: 'center' }, { t: `{${k.date}}` }, { t: `{${k.note}}` }] };
      }),
    ],
    foot: [],
  },
});
