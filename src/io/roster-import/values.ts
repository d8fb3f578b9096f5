// Turning the free text of a school's spreadsheet cells into roster values. Each parser
// returns the value it could make and says when it had to guess or give up; none throws.
import { isRealDate } from '../../calc/calendar';
import { SPECIAL_GROUPS, type SpecialGroup } from '../../forms/roster/groups';
import { isCategory, subStatusDef, SUSPECTED, type Category } from '../../forms/vocabulary';

/** NFKC makes full-width digits, letters and brackets ASCII; spaces never carry meaning here. */
const norm = (s: string) => (s ?? '').normalize('NFKC').replace(/\s+/gu, '');

// ---- yes / no ---------------------------------------------------------------------------

const YES = new Set(['是', '有', '√', '✓', '✔', '☑', '对', 'Y', 'YES', '1', 'TRUE', '是的']);
const NO = new Set(['否', '无', '没有', '不是', '非', '×', '✗', '✘', 'X', 'N', 'NO', '0', 'FALSE', '-', '/', '—', '--']);

export type YesNo = { value: '是' | '否' | '' } & ({ other?: undefined } | { other: string });

/**
 * '是'/'否' from the many ways a tick is written. Text that is neither (a disability type
 * such as "肢体二级", a year of relocation) still says "yes, and here is how": it becomes
 * '是' and the text is handed back in `other` so the caller keeps it in 备注.
 */
export function parseYesNo(raw: string): YesNo {
  const s = norm(raw).toUpperCase();
  if (s === '') return { value: '' };
  if (YES.has(s)) return { value: '是' };
  if (NO.has(s)) return { value: '否' };
  return { value: '是', other: raw.trim() };
}

// ---- sex --------------------------------------------------------------------------------

export function parseSex(raw: string): '男' | '女' | '' | null {
  const s = norm(raw).toUpperCase();
  if (s === '') return '';
  if (s === '男' || s === '男性' || s === 'M' || s === 'MALE') return '男';
  if (s === '女' || s === '女性' || s === 'F' || s === 'FEMALE') return '女';
  return null;
}

// ---- dates ------------------------------------------------------------------------------

export type ParsedDate = { kind: 'date'; iso: string } | { kind: 'month'; ym: string } | { kind: 'bad' } | { kind: 'empty' };

const p2 = (n: number) => String(n).padStart(2, '0');

/**
 * 出生日期 as people type it: 2010-01-01, 2010/1/1, 2010.1.1, 2010年1月1日, 20100101.
 * 出生年月 columns often hold a month only (2010.01, 2010年1月, 201001): that is kept as a
 * month so the caller can still compare it with the ID number.
 */
export function parseDateText(raw: string): ParsedDate {
  const s = norm(raw).replace(/日$/, '');
  if (s === '') return { kind: 'empty' };
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? { kind: 'date', iso: `${m[1]}-${p2(mo)}-${p2(d)}` } : { kind: 'bad' };
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? { kind: 'month', ym: `${m[1]}-${p2(mo)}` } : { kind: 'bad' };
  }
  return { kind: 'bad' };
}

// ---- ID numbers -------------------------------------------------------------------------

/**
 * Undoes the tricks used to keep an ID number as text in Excel and CSV: a leading
 * apostrophe or tab, or the formula ="110…".
 */
export function unwrapIdText(raw: string): string {
  let s = (raw ?? '').trim();
  const formula = /^="(.*)"$/.exec(s);
  if (formula) s = formula[1] ?? '';
  return s.replace(/^['‘’`\t]+/u, '').trim();
}

/** "1.10101201001011E+17": a number cell that has lost the ID number's last digits. */
export const isScientific = (s: string): boolean => /^\d+(?:\.\d+)?E\+?\d+$/i.test(norm(s));

// ---- schooling status -------------------------------------------------------------------

export interface ParsedStatus {
  status: Category;
  sub: string;
}

/**
 * Words schools use for the statuses, tried in order after the exact names. Order matters
 * where one phrase contains another: 死亡未注销 before 死亡, 县外 before 县内.
 */
const STATUS_WORDS: readonly (readonly [RegExp, Category, string?])[] = [
  // First: "疑似因病辍学" is not verified yet, whatever reason it names (附件4 decides).
  [/疑似|疑辍/, '其他情况', SUSPECTED],
  [/幼儿园/, '县域内实际就读', '幼儿园就读'],
  [/送教/, '县域内实际就读', '送教上门'],
  [/县域?外|外县|省外|市外|外地就读|异地就读/, '县域外就读'],
  [/县域?内|在校|在读|^就读$|正常就读|本县就读/, '县域内实际就读'],
  // "小学毕业" is not here on purpose: a 6–15-year-old who only finished primary school and
  // is not in school is a suspected dropout, not a graduate.
  [/初中毕业|初中已毕业|^已毕业$|^毕业$|九年级毕业/, '初中已毕业'],
  [/延缓|缓学|延迟入学|缓入学/, '延缓入学'],
  [/外迁/, '外迁无法联系'],
  [/多重户籍|重复户籍|双重户籍|多户籍|户籍重复/, '多重户籍'],
  [/查无此人|无此人/, '查无此人'],
  [/未注销/, '死亡', '死亡未注销'],
  [/已注销/, '死亡', '户籍已注销'],
  [/死亡|去世|亡故/, '死亡'],
  [/重残|重度残疾|重病/, '其他情况', '重度重残'],
  [/病|因残/, '因病因残辍学'],
  [/厌学/, '厌学辍学'],
  [/出国|国外|境外/, '其他情况', '出国在外'],
  [/丢失|送人|送养/, '其他情况', '丢失（或送人）'],
  [/失踪|失联/, '其他情况', '失踪失联'],
  [/超龄/, '其他情况', '超龄离校'],
  [/在家上学|在家学习|在家就读/, '其他情况', '在家上学'],
  [/打工|务农/, '其他情况', '打工务农'],
  [/入寺|入教/, '其他情况', '入寺入教'],
  [/早婚/, '其他情况', '早婚失学'],
  [/搬迁.*(失学|辍学)|扶贫异地搬迁/, '其他情况', '扶贫异地搬迁'],
  [/^其[他它]/, '其他情况'],
];

/**
 * One of the 11 categories (with its sub-status when the text names one) from a status
 * cell, or null when the text does not say which. "辍学" alone is such a case: it could be
 * 因病因残辍学, 厌学辍学 or one of the 其他情况, and guessing would put a child in the wrong
 * row of 附件1-1.
 */
export function parseStatus(raw: string): ParsedStatus | null | 'empty' {
  const s = norm(raw);
  if (s === '') return 'empty';
  if (isCategory(s)) return { status: s, sub: '' };
  const sub = subStatusDef(s) ?? subStatusDef(s.replace(/\(/g, '（').replace(/\)/g, '）'));
  if (sub) return { status: sub.category, sub: sub.value };
  for (const [re, status, subValue] of STATUS_WORDS) if (re.test(s)) return { status, sub: subValue ?? '' };
  return null;
}

/** A 子类 cell: a sub-status by name or by the same words as parseStatus. */
export function parseSub(raw: string): ParsedStatus | null | 'empty' {
  const r = parseStatus(raw);
  if (r === 'empty' || r === null) return r;
  return r.sub ? r : null;
}


// ---- special groups ---------------------------------------------------------------------

const GROUP_WORDS: readonly (readonly [RegExp, SpecialGroup])[] = [
  [/留守/, '留守'],
  [/随迁|进城务工/, '随迁'],
  [/学困|学习困难/, '学困'],
  [/单亲/, '单亲'],
  [/边缘|易致贫/, '边缘易致贫户'],
  [/脱贫|建档立卡|贫困户/, '脱贫家庭'],
  [/低保/, '低保'],
  [/特困|供养/, '特困供养'],
  [/孤儿/, '孤儿'],
  [/突发|严重困难/, '突发严重困难户'],
  [/辍学倾向|易辍/, '有辍学倾向'],
];

const GROUP_SEPARATORS = /[、，,;；/／|\s]+/u;

/** Groups named in a cell ("留守儿童、低保户"), and the pieces that name none. */
export function parseGroups(raw: string): { groups: SpecialGroup[]; unknown: string[] } {
  const groups: SpecialGroup[] = [];
  const unknown: string[] = [];
  for (const piece of (raw ?? '').normalize('NFKC').split(GROUP_SEPARATORS)) {
    const t = piece.trim();
    if (!t || NO.has(t.toUpperCase())) continue;
    const g = (SPECIAL_GROUPS as readonly string[]).includes(t)
      ? (t as SpecialGroup)
      : GROUP_WORDS.find(([re]) => re.test(t))?.[1];
    if (!g) unknown.push(t);
    else if (!groups.includes(g)) groups.push(g);
  }
  // Keep the options' order, so the same groups always print the same way.
  groups.sort((a, b) => SPECIAL_GROUPS.indexOf(a) - SPECIAL_GROUPS.indexOf(b));
  return { groups, unknown };
}

// ---- phone ------------------------------------------------------------------------------

/** The first number of a cell that lists several ("139…/0913-…"), and the others. */
export function splitPhones(raw: string): { first: string; others: string[] } {
  const parts = (raw ?? '')
    .normalize('NFKC')
    .split(/[、，,;；/|\s]+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return { first: parts[0] ?? '', others: parts.slice(1) };
}
