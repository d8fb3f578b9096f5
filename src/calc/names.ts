/**
 * Person names as typed into the visit forms, where the same teacher is written
 * "张三", "张 三" or " 张三　" depending on the IME and who is typing.
 */

// \s already covers U+3000 and NBSP; zero-width characters slip in when pasting from chat apps.
const INVISIBLE_OR_SPACE = /[\s\u200B-\u200D\u2060]+/gu;

/** Removes every whitespace character, not just the ends: Chinese names never contain spaces. */
export function normalizeName(s: string): string {
  return (s ?? '').replace(INVISIBLE_OR_SPACE, '');
}

/**
 * A class (or student) as typed by different teachers: "七年级(2)班", "七年级（2）班" and
 * "七年级（２）班" are one class. NFKC folds full-width digits, letters and brackets and the
 * ideographic space into their ASCII forms; case is folded for classes like "A班"/"ａ班".
 */
export function normalizeLabel(s: string): string {
  return normalizeName((s ?? '').normalize('NFKC')).toLowerCase();
}

/**
 * Separators teachers use when listing companions. Spaces are deliberately not
 * separators because "张 三" is one person; the full-width slash is included because
 * Chinese IMEs produce it where "/" was intended.
 */
const NAME_SEPARATORS = /[、，,;；/／\r\n\u2028\u2029]+/u;

export function splitNames(s: string): string[] {
  return (s ?? '')
    .split(NAME_SEPARATORS)
    .map(normalizeName)
    .filter((name) => name !== '');
}
