// 疑似失、辍学学生花名册 (附件2-2 Ⅶ类①): the children of the checklist who are suspected
// dropouts (疑似辍学, to verify on 附件4) or dropouts, each with where its 核查认定表 stands
// and its 劝返 record. The same GroupedTable as the 特殊情况分类花名册, so the same Excel and
// PDF writers print it; the same children (6–15 on the reference date) as 附件1-1.
import type { GroupedTable } from '../kit/grouped-table';
import type { RowItem } from '../kit/field';
import { formatChineseDate } from '../kit/validators';
import { dropoutStage, SUSPECTED } from '../vocabulary';
import { chosenClass } from '../verification/classes';
import type { ChildChecklist } from './checklist';
import { form4Todo, form4TodoText } from './form4-todo';
import { childCells, childColumns } from './child-columns';
import { trimmedOf } from '../kit/text-of';
import { chineseNumber } from './special-roster';

/** Seed wording of 附件2-2 Ⅶ类①. */
export const SUSPECTED_ROSTER_TITLE = '疑似失、辍学学生花名册';


/** The children of the list who belong on Ⅶ①: 疑似辍学 first, then dropouts by status. */
export function suspectedChildren(list: readonly ChildChecklist[]): ChildChecklist[] {
  const stage = (c: ChildChecklist) => dropoutStage(trimmedOf(c.child.status), trimmedOf(c.child.sub));
  return [...list.filter((c) => stage(c) === 'suspected'), ...list.filter((c) => stage(c) === 'dropout')];
}

/** Where the child's 核查认定表 stands: none, a draft and what it lacks, or the class it decided. */
export function verificationText(c: ChildChecklist): string {
  if (!c.form4) return '未填写核查认定表';
  if (!c.form4.complete) {
    // One cell of a printed list: the first few items, and how many in all (the checklist
    // card above names every one).
    const t = form4Todo(c.form4.data);
    const short = (labels: string[]) => (labels.length > 3 ? [...labels.slice(0, 3), `等 ${labels.length} 项`] : labels);
    const todo = form4TodoText({ missing: short(t.missing), wrong: short(t.wrong) }).replace(/、(等 \d+ 项)/gu, '$1');
    return `核查认定表是草稿${todo ? `，${todo}` : ''}`;
  }
  const chosen = chosenClass(c.form4.data);
  if (!chosen) return '已核查认定';
  return `已认定：${chosen.kind === 'dropout' ? '失（辍）学' : '非辍学'} ${chosen.no} ${chosen.label}`;
}

/** Each dated 劝返 of the child's 附件4, one a line. */
export function returnText(c: ChildChecklist): string {
  const log = Array.isArray(c.form4?.data.returnLog) ? (c.form4.data.returnLog as RowItem[]) : [];
  const lines = log
    .filter((r) => trimmedOf(r.date))
    .map((r) => [formatChineseDate(trimmedOf(r.date)), trimmedOf(r.way), trimmedOf(r.result) && `结果：${trimmedOf(r.result)}`].filter(Boolean).join(' '));
  return lines.join('\n') || trimmedOf(c.form4?.data.persuasion);
}

export function suspectedRoster(list: readonly ChildChecklist[], unit: string): GroupedTable {
  const children = suspectedChildren(list);
  const groups = new Map<string, ChildChecklist[]>();
  // A sub-status names the situation on its own (疑似辍学, 打工务农); else the category does.
  for (const c of children) groups.set(c.statusKey, [...(groups.get(c.statusKey) ?? []), c]);
  const suspected = groups.get(SUSPECTED)?.length ?? 0;
  let no = 0;
  return {
    title: SUSPECTED_ROSTER_TITLE,
    info: `单位名称：${unit}`,
    infoRight: `共 ${children.length} 人，其中疑似辍学（待核查认定） ${suspected} 人`,
    empty: '（没有疑似失、辍学学生）',
    columns: [
      ...childColumns(9),
      { label: '原就读学校、年级', width: 14 },
      { label: '核查认定情况（附件4）', width: 24 },
      { label: '劝返情况', width: 24 },
      { label: '备注', width: 12 },
    ],
    groups: [...groups].map(([key, rows], g) => ({
      title: `${chineseNumber(g + 1)}、${key}（${rows.length}人）`,
      rows: rows.map((c) => [
        ...childCells(++no, c.name, c.child),
        [trimmedOf(c.child.school), trimmedOf(c.child.grade)].filter(Boolean).join(' '),
        verificationText(c),
        returnText(c),
        trimmedOf(c.child.note),
      ]),
    })),
    notes: ['疑似辍学：尚未核查认定的儿童，须填写核查认定表（附件4），认定后在花名册中改为相应的就学状态。'],
  };
}
