/**
 * Whether a parent's answer in 附件3-1's 建议和意见 is a suggestion that 附件3-2 counts.
 * Teachers fill the box with "无", "暂无意见", "/" or "——" when the parent had nothing to
 * say, and those must not count as suggestions collected.
 */

// Punctuation, symbols and spaces only ("/", "—", "……", "。") say nothing either.
const MARKS = /[\p{P}\p{S}\s\u200B-\u200D\u2060\uFEFF]+/gu;

// An answer that is only a "nothing" word, optionally "for now" before and "opinion /
// suggestion" after: 无, 没有, 暂无, 无意见, 没意见, 暂时没有建议, 没有什么意见和建议.
const NOTHING = new RegExp(
  '^(暂|暂时|目前|家长)?(无|没|没有|没什么|没有什么|无任何|没有任何|无其他|没有其他|无其它|没有其它)' +
    '(意见|建议|异议|要求|意见建议|意见和建议|建议和意见|意见或建议)?$',
);
const NOTHING_LATIN = /^(none|no|nil|na|null)$/;

export function isSuggestion(text: string | null | undefined): boolean {
  const bare = (text ?? '').normalize('NFKC').replace(MARKS, '').toLowerCase();
  return bare !== '' && !NOTHING.test(bare) && !NOTHING_LATIN.test(bare);
}
