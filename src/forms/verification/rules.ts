// What makes a 附件4 complete beyond its required fields: exactly one classification, and
// the police verification and stamp for the three classes of the seed's 备注.
import type { DeriveContext, Issues } from '../kit/define';
import type { EntryData, RowItem } from '../kit/field';
import { isEmpty } from '../kit/kinds';
import { parseIdNumber } from '../../calc/idcard';
import { chosenClass, CLASS_KEYS } from './classes';
import { needsPolice, policeMissing } from './signatures';

/** Not a field: the problem concerns both classifications, so the editor shows it above them. */
export const CLASSIFICATION = 'classification';

export function policeMessage(classLabel: string): string {
  return `认定为“${classLabel}”的，须有公安部门核查认定并盖章（附件4 备注）：` +
    '公安部门核查、盖章后勾选“公安部门核查结果”和“公安部门盖章”，本表才算完成。';
}

export function verificationRules(data: EntryData): Issues {
  const out: Issues = {};
  const dropout = !isEmpty(data[CLASS_KEYS.dropout]);
  const nonDropout = !isEmpty(data[CLASS_KEYS.nonDropout]);
  if (!dropout && !nonDropout) out[CLASSIFICATION] = '请在“失（辍）学类别”与“非辍学类别”中选择一项。';
  else if (dropout && nonDropout)
    out[CLASSIFICATION] = '“失（辍）学类别”与“非辍学类别”只能选择一项：请清空其中一项。';
  const chosen = chosenClass(data);
  if (chosen && needsPolice(data))
    for (const item of policeMissing(data)) out[item.key] = policeMessage(chosen.label);
  return out;
}

/** Reminders that never keep the form a draft. */
export function verificationWarnings(values: EntryData): string[] {
  const chosen = chosenClass(values);
  const log = Array.isArray(values.returnLog) ? (values.returnLog as RowItem[]) : [];
  if (chosen?.kind === 'dropout' && !log.some((r) => !isEmpty(r.date as string | null)))
    return ['失（辍）学儿童应有劝返记录（附件2-2 Ⅶ类）：请在“劝返记录”中逐次添加劝返的日期、经过和结果。'];
  return [];
}

/** The typed sex against the one the ID number gives (shown beside 性别, never blocking). */
export function verificationProblems(data: EntryData, _ctx: DeriveContext): Record<string, string> {
  const id = typeof data.idNumber === 'string' && data.idNumber.trim() ? parseIdNumber(data.idNumber) : null;
  const sex = typeof data.sex === 'string' ? data.sex : '';
  return id?.ok && sex && id.sex !== sex ? { sex: `性别（${sex}）与身份证号码显示的性别（${id.sex}）不一致` } : {};
}
