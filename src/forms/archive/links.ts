// Catalogue items the app itself produces: the catalogue links to them and shows how many
// entries exist. A form that is not (yet) in the registry is simply not shown.

export interface ProducedItem {
  /** Box number (1 … 8) and item index (0-based) in BOXES. */
  box: number;
  item: number;
  formId: string;
  /**
   * A file the app makes on a form's page rather than the form itself (特殊情况分类花名册 on
   * 附件2-1's page): where it is made, and its name.
   */
  file?: { href: string; title: string };
}

export const PRODUCED_ITEMS: ProducedItem[] = [
  // 上、下学期学校控辍保学工作安排、总结等: the school's 家访总结 (四（二）定期进行家访总结) is one.
  { box: 1, item: 2, formId: 'visit-summary' },
  { box: 3, item: 0, formId: '1-1' }, // 就学情况摸排统计报告 = 附件1-1
  { box: 3, item: 1, formId: '1-2' }, // 统计表 = 附件1-2
  { box: 3, item: 2, formId: 'roster' }, // 花名册
  // 特殊情况分类花名册: exported from 附件2-1's checklist.
  { box: 3, item: 3, formId: '2-1', file: { href: '/forms/2-1/#special-roster', title: '特殊情况分类花名册' } },
  { box: 3, item: 4, formId: '2-1' }, // 佐证资料 = 附件2-1 evidence per child
  { box: 4, item: 0, formId: 'monthly-report' }, // 控辍保学月报表
  { box: 5, item: 1, formId: 'graduate' }, // 近三年小学毕业库学生花名册及佐证材料 = the graduates' ledger
  { box: 5, item: 3, formId: 'status-change' }, // 学籍异动学生花名册 = the status-change ledger
  { box: 5, item: 4, formId: 'enrolment-check' }, // 人籍不符: the 人籍一致 identity
  // 残疾送教儿童花名册 and 送教方案及送教记录: the 残疾儿童台账 and 送教台账 of /special/.
  { box: 6, item: 1, formId: 'disability' },
  { box: 6, item: 2, formId: 'home-teaching' },
  // 疑似失、辍学学生花名册: the suspected dropouts, listed and exported on 附件2-1's page.
  { box: 7, item: 0, formId: '2-1', file: { href: '/forms/2-1/#suspected', title: '疑似失、辍学学生花名册' } },
  { box: 7, item: 1, formId: '4' }, // 劝返记录 = 附件4 核查认定表
];

export const producedFor = (box: number, item: number): ProducedItem | undefined =>
  PRODUCED_ITEMS.find((p) => p.box === box && p.item === item);

/** What a form's own page says of it (storage/summary.ts's FormSummary, in the part read here). */
export interface ProducedSummary {
  count: number;
  /** A report's status as its editor shows it. */
  status?: 'draft' | 'complete';
  progress: string;
}

/**
 * The catalogue's line for a form the app makes, saying what the form's own page says: a
 * report's status (evaluated as its editor does, even before it is ever stored, as a report
 * computed from the roster may never be), 2-1's children, or how many entries a list has.
 */
export function producedLine(form: { overview?: unknown }, s: ProducedSummary): string {
  if (s.status && (s.count > 0 || s.status === 'complete'))
    return `本应用中：${s.status === 'complete' ? '完成' : '草稿'}${s.progress ? `（${s.progress}）` : ''}`;
  if (form.overview && s.progress) return `本应用中：${s.progress}`;
  return s.count ? `本应用中已有 ${s.count} 份` : '本应用中尚未填写';
}
