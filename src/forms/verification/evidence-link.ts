// Which 附件2-1 evidence items a 附件4 attached to a roster child gives, and on what
// condition. The item ids are those of vocabulary/evidence.ts's EVIDENCE.
import type { EntryData, RowItem } from '../kit/field';
import { isEmpty } from '../kit/kinds';
import { outstanding, policeMissing } from './signatures';

/**
 * - attached: the 核查认定表 itself (出国在外, 超龄离校, 疑似辍学, dropouts) or its alternative
 *   to a 学籍截图 (县域外就读): a complete (完成) 附件4 made for the child counts; a draft is
 *   not signed and stamped yet, so it is not evidence.
 * - police: 附件2-1 第3条 wants the form stamped by school, village, town and police: only a
 *   complete 附件4 with both police boxes done counts.
 * - returnLog: the 劝返记录 of a dropout: the 附件4's dated 劝返 entries, a record of what
 *   was done whether or not the form is signed yet.
 */
export type Form4Use = 'attached' | 'police' | 'returnLog';

export const FORM4_ITEMS: ReadonlyMap<string, Form4Use> = new Map<string, Form4Use>([
  ['outOfCountyRecord', 'attached'],
  ['form4', 'attached'],
  ['form4Police', 'police'],
  ['persuasion', 'returnLog'],
]);

export interface Form4Fact {
  data: EntryData;
  /** The entry passes the form's check (status 完成). */
  complete: boolean;
  /** For a draft: what it still lacks, e.g. "尚缺：学校盖章" (shown on the checklist). */
  todo?: string;
}

/** Whether the attached 附件4 gives the item; when not, why (Chinese, shown on the checklist). */
export function form4Satisfies(itemId: string, form: Form4Fact): { ok: boolean; reason?: string } {
  const use = FORM4_ITEMS.get(itemId);
  if (!use) return { ok: false };
  if (use === 'returnLog') {
    const log = Array.isArray(form.data.returnLog) ? (form.data.returnLog as RowItem[]) : [];
    return log.some((r) => !isEmpty(r.date as string | null))
      ? { ok: true }
      : { ok: false, reason: '核查认定表中还没有劝返记录' };
  }
  if (!form.complete) {
    const boxes = outstanding(form.data).map((s) => s.label);
    const todo = form.todo || (boxes.length ? `尚缺：${boxes.join('、')}` : '尚未完成');
    return { ok: false, reason: `核查认定表（附件4）是草稿，${todo}` };
  }
  if (use === 'attached') return { ok: true };
  const police = policeMissing(form.data);
  if (!police.length) return { ok: true };
  // Complete for a class that needs no police (实际就读…), while 附件2-1 asks for their stamp.
  return { ok: false, reason: `核查认定表尚缺：${police.map((s) => s.label).join('、')}` };
}
