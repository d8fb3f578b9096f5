/**
 * Chinese resident identity numbers (GB 11643-1999).
 *
 * Layout of an 18-character number:
 *   [0..5]  administrative area code
 *   [6..13] birth date YYYYMMDD
 *   [14..16] sequence code; [16] is odd for men, even for women
 *   [17]    ISO 7064 MOD 11-2 check character (0-9 or X)
 * Old 15-digit numbers (pre-1999) omit the century (always 19) and the check character.
 */

import { ageOn, inSchoolAgeRange, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from './age';
import { isRealDate, localIsoDate } from './calendar';

/**
 * 'truncated', 'adult' and 'notChild' come only from parseChildId: a 15-digit number that
 * would not give a school-age child if it were converted.
 */
export type IdErrorCode = 'empty' | 'length' | 'chars' | 'date' | 'future' | 'check' | 'truncated' | 'adult' | 'notChild';

export type IdResult =
  | {
      ok: true;
      /** Normalized 18-character number, check character as uppercase X. */
      id: string;
      /** YYYY-MM-DD */
      birth: string;
      sex: '男' | '女';
      /** True when the input was an old 15-digit number upgraded to 18 characters. */
      converted15: boolean;
    }
  | { ok: false; error: string; code: IdErrorCode };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * Years before this are typos ("0991" for "1991"), not people. The bound is loose
 * rather than e.g. 1900 so textbook examples such as 440524188001010014 still pass.
 */
const MIN_BIRTH_YEAR = 1800;

export function checkDigit(body17: string): string {
  if (!/^\d{17}$/.test(body17)) {
    // Callers are expected to validate first; a silent wrong answer would be worse.
    throw new RangeError(`checkDigit expects 17 ASCII digits, got "${body17}"`);
  }
  let sum = 0;
  WEIGHTS.forEach((w, i) => {
    sum += (body17.charCodeAt(i) - 48) * w;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Numbers are typed on phones with Chinese IMEs, which readily produce full-width
 * digits, full-width spaces and a lowercase or full-width x.
 */
function normalizeIdInput(raw: string): string {
  return raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[xｘＸ]/g, 'X');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Returns YYYY-MM-DD, or null when the 8 digits are not a real calendar date. */
function birthFromDigits(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < MIN_BIRTH_YEAR || !isRealDate(y, m, d)) return null;
  return `${yyyymmdd.slice(0, 4)}-${pad2(m)}-${pad2(d)}`;
}


/** A number whose check character does not fit its 17 digits: one of the 18 is wrong, which one we cannot tell. */
export const CHECK_FAILED = '身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对';

function fail(code: IdErrorCode, error: string): IdResult {
  return { ok: false, code, error };
}

export function parseIdNumber(raw: string, today: Date = new Date()): IdResult {
  const s = normalizeIdInput(raw ?? '');
  if (s === '') return fail('empty', '请填写身份证号码');

  // Count code points so an emoji or rare character is not reported as two positions.
  const length = [...s].length;
  if (length !== 18 && length !== 15) {
    return fail('length', `身份证号码应为18位（当前${length}位）`);
  }

  const converted15 = length === 15;
  if (converted15 ? !/^\d{15}$/.test(s) : !/^\d{17}[\dX]$/.test(s)) {
    const hint = converted15 ? '15位旧号码只能由数字组成' : '前17位只能是数字，最后一位可以是数字或X';
    return fail('chars', `身份证号码含有非法字符（${hint}）`);
  }

  const body17 = converted15 ? `${s.slice(0, 6)}19${s.slice(6)}` : s.slice(0, 17);
  const birthDigits = body17.slice(6, 14);
  const birth = birthFromDigits(birthDigits);
  if (birth === null) {
    return fail('date', `身份证号码中的出生日期无效（${birthDigits}）`);
  }
  // ISO dates compare correctly as strings.
  if (birth > localIsoDate(today)) {
    return fail('future', `出生日期（${birth}）晚于今天`);
  }

  const expected = checkDigit(body17);
  if (!converted15 && s[17] !== expected) {
    // Never name the "expected" last character: the typo is as likely in any other digit,
    // and changing the last one to fit gives a valid-looking number of somebody else.
    return fail('check', CHECK_FAILED);
  }

  return {
    ok: true,
    id: body17 + expected,
    birth,
    sex: Number(body17[16]) % 2 === 1 ? '男' : '女',
    converted15,
  };
}

const chineseDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/**
 * parseIdNumber for the number on a child's row of the roster. Old 15-digit numbers were
 * issued until 1999 and always mean a birth in 19xx, so on a child's row one is usually
 * either a guardian's number typed into the child's column, or the child's 18-digit number
 * cut short (its first 15 digits still hold a 20xx birth date). It is converted only when
 * the converted number gives a child of 6–15 on `ageRef`; otherwise it is refused, with a
 * message that says which of the two it looks like, and nothing is converted.
 */
export function parseChildId(raw: string, ageRef: string, today: Date = new Date()): IdResult {
  // An imported row's number is read by the import, by checkChild twice and by its status:
  // the answer depends only on the text, the reference date and the day, so it is kept.
  const key = `${localIsoDate(today)}|${ageRef}|${raw}`;
  const known = childIds.get(key);
  if (known) return known;
  if (childIds.size >= KEPT_IDS) childIds.clear();
  const r = Object.freeze(childId(raw, ageRef, today));
  childIds.set(key, r);
  return r;
}

/** Answers of parseChildId: enough for a row's several reads, never a whole county's. */
const KEPT_IDS = 1000;
const childIds = new Map<string, IdResult>();

function childId(raw: string, ageRef: string, today: Date): IdResult {
  const r = parseIdNumber(raw, today);
  const s = normalizeIdInput(raw ?? '');
  if (!/^\d{15}$/.test(s) || !isRealIso(ageRef)) return r;
  if (r.ok && inSchoolAgeRange(ageOn(r.birth, ageRef))) return r;
  // The first 15 digits of an 18-digit number: area code, then YYYYMMDD of a recent birth.
  const cut = birthFromDigits(s.slice(6, 14));
  if (cut && cut <= ageRef && ageOn(cut, ageRef) < 18)
    return fail('truncated', `身份证号码只有15位，像是18位号码少了最后3位（按前8位出生日期为${chineseDate(cut)}）；请对照户口本补全18位号码，未作转换`);
  if (r.ok && ageOn(r.birth, ageRef) >= 18)
    return fail('adult', `这是15位旧身份证号码，出生日期为${chineseDate(r.birth)}（${ageOn(r.birth, ageRef)}周岁），像是成年人（如监护人）的号码，不是儿童本人的；请对照户口本填写儿童的身份证号码，未作转换`);
  if (r.ok)
    return fail('notChild', `15位旧身份证号码换算后为${ageOn(r.birth, ageRef)}周岁，不在${SCHOOL_AGE_MIN}-${SCHOOL_AGE_MAX}周岁范围内，不像儿童本人的号码；请对照户口本核对，未作转换`);
  return fail('truncated', '身份证号码只有15位，无法读出有效的出生日期，像是号码不完整；请对照户口本补全18位号码');
}

const isRealIso = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

/**
 * Hides the birth date and most of the sequence so printed lists can be shared.
 * Anything that is not a well-formed 15/18 length still gets at least half of its
 * characters hidden, so a mistyped number never leaks more than a valid one.
 */
export function maskIdNumber(id: string): string {
  const chars = [...(id ?? '').trim()];
  const n = chars.length;
  let head: number;
  let tail: number;
  if (n === 18) {
    head = 6;
    tail = 4;
  } else if (n === 15) {
    // The birth date occupies positions 6..11 here, so only 3 trailing digits stay visible.
    head = 6;
    tail = 3;
  } else {
    head = Math.floor(n / 4);
    tail = head;
  }
  return chars.slice(0, head).join('') + '*'.repeat(n - head - tail) + chars.slice(n - tail).join('');
}
