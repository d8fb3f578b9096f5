// 特殊情况分类花名册 (附件2-2 Ⅲ类④): the children with a special status, grouped by status
// in the taxonomy's order, each with the state of its 附件2-1 evidence.
import { formatChineseDate } from '../kit/validators';
import type { GroupedTable } from '../kit/grouped-table';
import type { ChildChecklist, ItemState } from './checklist';
import { childCells, childColumns } from './child-columns';
import { trimmedOf } from '../kit/text-of';

export const SPECIAL_ROSTER_TITLE = '辖区内6-15周岁适龄儿童少年特殊情况分类花名册';

const NUMERALS = '一二三四五六七八九十';
/** 1 -> 一, 12 -> 十二, 23 -> 二十三 (groups are at most a few dozen). */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens - 1]}十${ones ? NUMERALS[ones - 1] : ''}`;
}

/** The evidence column: 齐全, or what is missing; collected items with their date follow. */
export function evidenceText(c: ChildChecklist): string {
  // An item given by the child's 附件4 says so, unless its name already does (核查认定表（附件4）).
  const byForm = (i: ItemState) => (i.by === 'form' && !i.item.label.includes('附件4') ? '（附件4）' : '');
  const got = (i: ItemState) => `${i.item.label}${i.date ? `（${formatChineseDate(i.date)}）` : byForm(i)}`;
  const collected = c.items.filter((i) => i.collected);
  const head = c.complete ? '齐全' : `缺：${c.missing.map((i) => i.item.label).join('；')}`;
  return collected.length && !c.complete ? `${head}\n已收集：${collected.map(got).join('；')}` : head;
}

export function specialRoster(list: readonly ChildChecklist[], unit: string): GroupedTable {
  const groups = new Map<string, ChildChecklist[]>();
  for (const c of list) groups.set(c.statusLabel, [...(groups.get(c.statusLabel) ?? []), c]);
  let no = 0;
  const complete = list.filter((c) => c.complete).length;
  return {
    title: SPECIAL_ROSTER_TITLE,
    info: `单位名称：${unit}`,
    infoRight: `共 ${list.length} 人，佐证资料齐全 ${complete} 人`,
    empty: '（没有儿童）',
    columns: [
      ...childColumns(8),
      { label: '就读学校', width: 12 },
      { label: '佐证资料', width: 30 },
      { label: '备注', width: 12 },
    ],
    groups: [...groups].map(([label, children], g) => ({
      title: `${chineseNumber(g + 1)}、${label}（${children.length}人）`,
      rows: children.map((c) => [
        ...childCells(++no, c.name, c.child),
        trimmedOf(c.child.school),
        evidenceText(c),
        trimmedOf(c.child.note),
      ]),
    })),
    notes: ['佐证资料要求见附件2-1；“附件4”表示由核查认定表提供。'],
  };
}
