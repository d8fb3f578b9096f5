/**
 * 变动原因 of a status change, in the notice's words: 学籍异动（转学、休学、复学等）(附件2-2
 * Ⅴ④), and for 疑似辍学及辍学学生 “核查、劝返” (三（九）). 转学 is split into 转入 and 转出
 * because the 月报 counts them apart.
 */
export const REASONS = [
  '转学转入', '转学转出', '休学', '复学', '发现疑似辍学', '劝返中', '劝返复学', '核查认定', '其他',
] as const;

/** A change made in the roster's editor, recorded at save time without a reason: the school completes it on /monitor/. */
export const PENDING_REASON = '待补充';

export const ALL_REASONS: readonly string[] = [...REASONS, PENDING_REASON];
