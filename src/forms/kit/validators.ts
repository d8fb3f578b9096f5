// Format checks shared by field kinds. Each returns a Chinese message, or null when valid.
import { isRealDate as realYmd } from '../../calc/calendar';

const MOBILE = /^1[3-9]\d{9}$/;
// Landline with area code: 0 + 2–3 digits, optional dash, 7–8 digits, optional extension.
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;

export function phoneError(raw: string): string | null {
  const v = raw.replace(/[\s()（）]/g, '');
  if (MOBILE.test(v) || LANDLINE.test(v)) return null;
  if (/^1\d*$/.test(v)) return '手机号码应为以1开头的11位数字（第二位为3-9）';
  return '请填写11位手机号码，或带区号的固定电话（如 0913-7212345）';
}

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  return realYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dateError(raw: string): string | null {
  return isRealDate(raw) ? null : '请填写有效日期（年-月-日）';
}

/** "2021-10-25" -> "2021年10月25日"; anything else passes through. */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/**
 * Whether a valid date makes sense for something done during the campaign: within the
 * campaign year and not after today. A Chinese warning, or null. Either bound is skipped
 * when unknown.
 */
export function campaignDateWarning(iso: string, { year, today }: { year?: number; today?: string }): string | null {
  if (!isRealDate(iso)) return null;
  if (today && iso > today) return `日期晚于今天（${formatChineseDate(today)}），请核对`;
  if (year != null && Number(iso.slice(0, 4)) !== year) return `日期不在活动年份（${year}年）内，请核对`;
  return null;
}
