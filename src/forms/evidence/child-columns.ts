// The columns every per-child list of the notice opens with (特殊情况分类花名册, 疑似失、辍学
// 学生花名册): who the child is and how to reach the family. One place, so the lists agree.
import type { EntryData } from '../kit/field';
import type { GroupedTable } from '../kit/grouped-table';
import { trimmedOf } from '../kit/text-of';


/** 序号 … 电话, with the width of 家长姓名 as each list sets it. */
export const childColumns = (parentWidth: number): GroupedTable['columns'] => [
  { label: '序号', width: 5 },
  { label: '姓名', width: 8 },
  { label: '性别', width: 5 },
  { label: '身份证号码', width: 20 },
  { label: '村委会', width: 10 },
  { label: '家庭住址', width: 16 },
  { label: '家长姓名', width: parentWidth },
  { label: '电话', width: 13 },
];

/** The cells of `childColumns` for the child numbered `no` in the list. */
export const childCells = (no: number, name: string, child: EntryData): string[] => [
  String(no), name, trimmedOf(child.sex), trimmedOf(child.idNumber), trimmedOf(child.village), trimmedOf(child.address), trimmedOf(child.parent), trimmedOf(child.phone),
];
