// Catalogue items the app itself produces: the catalogue links to them and shows how many
// entries exist. A form that is not (yet) in the registry is simply not shown.

export interface ProducedItem {
  /** Box number (1 … 8) and item index (0-based) in BOXES. */
  box: number;
  item: number;
  formId: string;
  /** A list the form's page makes from the roster, rather than the form's entries. */
  list?: { href: string; title: string };
}

export const PRODUCED_ITEMS: ProducedItem[] = [
  { box: 3, item: 0, formId: '1-1' }, // 就学情况摸排统计报告 = 附件1-1
  { box: 3, item: 1, formId: '1-2' }, // 统计表 = 附件1-2
  { box: 3, item: 2, formId: 'roster' }, // 花名册
  { box: 3, item: 4, formId: '2-1' }, // 佐证资料 = 附件2-1 evidence per child
  { box: 5, item: 4, formId: 'enrolment-check' }, // 人籍不符: the 人籍一致 identity
  { box: 7, item: 0, formId: '2-1', list: { href: '/forms/2-1/#suspected', title: '疑似失、辍学学生花名册' } }, // on the 2-1 page
  { box: 7, item: 1, formId: '4' }, // 劝返记录 = 附件4 核查认定表
];

export const producedFor = (box: number, item: number): ProducedItem | undefined =>
  PRODUCED_ITEMS.find((p) => p.box === box && p.item === item);
