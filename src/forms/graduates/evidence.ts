// The documents that show where a primary-school graduate is now, in 附件2-1's words: the
// same items 附件2-1 asks of the roster's children (forms/vocabulary/evidence.ts), read
// from there rather than typed again, so the two annexes cannot drift apart.
import { EVIDENCE } from '../vocabulary';

/**
 * 在县内初中: 学籍截图 (附件2-1 第2条's first document); 县域外: 非小学毕业库的学籍截图 or
 * 核查认定表 and 其它能证明实际就读的材料 (第1条); 出国在外 (第6条); 户籍原因、外迁无法联系
 * (第3条); 重度重残 (第5条). Each document once, in that order.
 */
export const GRADUATE_EVIDENCE: readonly string[] = [...new Set([
  EVIDENCE.graduated.anyOf[0]!,
  ...EVIDENCE.outOfCountyRecord.anyOf,
  ...EVIDENCE.outOfCountyProof.anyOf,
  ...EVIDENCE.abroadProof.anyOf,
  ...EVIDENCE.form4Police.anyOf,
  ...EVIDENCE.severeDisability.anyOf,
])];
