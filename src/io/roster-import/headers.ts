// Which column of a school's own roster holds which roster field. Every school names its
// columns a little differently ("身份证号" / "身份证号码" / "证件号码"), so header texts are
// matched against synonyms first and against key words second; whatever is left is listed
// for the user to map by hand.
import type { RosterKey } from '../../forms/roster';

/** Exact header texts (after normalizeHeader) for each field; the field's own label first. */
export const HEADER_SYNONYMS: Readonly<Record<RosterKey, readonly string[]>> = {
  name: ['姓名', '学生姓名', '儿童姓名', '儿童少年姓名', '适龄儿童姓名', '学生'],
  sex: ['性别'],
  idNumber: [
    '身份证号码', '身份证号', '身份证', '证件号码', '证件号', '公民身份号码', '身份证件号码', '学生身份证号',
    '学生身份证号码', '儿童身份证号码',
  ],
  birth: ['出生日期', '出生年月', '出生年月日', '生日'],
  village: [
    '村委会', '村', '村委会名称', '所在村', '村名', '村(社区)', '村(居)委会', '村组', '所属村', '村民委员会',
    '社区', '村(社区)名称',
  ],
  address: ['家庭住址', '住址', '家庭地址', '地址', '现住址', '户籍地址', '家庭详细住址', '详细住址'],
  parent: ['家长姓名', '监护人', '监护人姓名', '家长', '父母姓名'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '家长电话', '监护人电话', '联系方式', '家长联系电话'],
  status: ['就学状态', '状态', '就学情况', '就读情况', '就学类别', '在校情况', '就学状况'],
  sub: ['子类', '具体情况'],
  school: ['就读学校', '学校', '学校名称', '就读学校名称', '所在学校'],
  grade: ['年级', '就读年级', '班级', '年级班级'],
  relocated: ['易地搬迁户', '是否易地搬迁户', '易地搬迁', '易地扶贫搬迁户', '搬迁户', '是否搬迁户'],
  disabled: ['残疾儿童', '是否残疾', '是否残疾儿童', '残疾', '残疾类别', '残疾类型'],
  groups: ['特殊群体', '特殊群体类别', '特殊类别', '群体类别', '特殊儿童类别'],
  note: ['备注', '说明'],
};

/**
 * Key words tried in this order when no synonym matches exactly. The order settles
 * headers that contain two of them: "家长电话" is a phone, not a parent; "家长姓名" is a
 * parent, not a child's name.
 */
const KEYWORDS: readonly (readonly [RegExp, RosterKey])[] = [
  [/电话|手机|联系方式/, 'phone'],
  [/身份证|证件号|身份号码/, 'idNumber'],
  [/家长|监护人/, 'parent'],
  [/姓名/, 'name'],
  [/出生/, 'birth'],
  [/性别/, 'sex'],
  [/村|社区/, 'village'],
  [/住址|地址/, 'address'],
  [/学校/, 'school'],
  [/年级|班级/, 'grade'],
  [/搬迁/, 'relocated'],
  [/残疾/, 'disabled'],
  [/就学|就读|状态/, 'status'],
  [/群体/, 'groups'],
  [/备注/, 'note'],
];

/** Text that normalizeHeader leaves as it is: CJK ideographs, ASCII letters and digits. */
const PLAIN = /^[\u4e00-\u9fffA-Za-z0-9]*$/u;

/** Columns that are recognised but deliberately not imported: row numbers and ages (derived). */
const IGNORED = /^(序号|编号|年龄|周岁|实际年龄|年龄\(周岁\))$/;

/**
 * Header text as compared: NFKC turns full-width brackets and letters into ASCII, spaces
 * and line breaks inside cells go, and so do required-field stars and trailing colons.
 */
export function normalizeHeader(h: string): string {
  const text = h ?? '';
  // Most cells are plain Chinese, letters and digits, which NFKC leaves as they are: testing
  // for that is far cheaper than normalizing each cell of a 20,000-row file.
  return PLAIN.test(text) ? text : text.normalize('NFKC').replace(/[\s*:]+/gu, '');
}

/** "身份证号码(18位)" -> "身份证号码": notes in brackets do not change what a column is. */
const withoutNote = (h: string) => h.replace(/\([^)]*\)$/u, '');

const EXACT = new Map<string, RosterKey>();
/** Each field's synonyms, normalized once: every row of a file is compared with them. */
const SYNONYMS = new Map<RosterKey, Set<string>>();
for (const [key, names] of Object.entries(HEADER_SYNONYMS) as [RosterKey, readonly string[]][])
  for (const n of names.map(normalizeHeader)) {
    EXACT.set(n, key);
    SYNONYMS.set(key, (SYNONYMS.get(key) ?? new Set()).add(n));
  }

/**
 * Whether a data cell holds one of `key`'s header synonyms (a header line repeated in the
 * data). Called for every cell of a 20,000-row file: the synonyms are normalized once.
 */
export const isSynonymOf = (key: RosterKey, text: string): boolean => !!SYNONYMS.get(key)?.has(normalizeHeader(text));

export interface HeaderMatch {
  /** Column index -> roster field; each field is taken by at most one column. */
  mapping: Record<number, RosterKey>;
  /** Non-empty headers that are neither mapped nor ignored: for a mapping step in the UI. */
  unknown: { index: number; header: string }[];
  /** Columns recognised as not to be imported (序号, 年龄). */
  ignored: number[];
}

/** The field a header names on its own, or null; 'ignore' for 序号/年龄. */
export function fieldForHeader(header: string): RosterKey | 'ignore' | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  if (IGNORED.test(h)) return 'ignore';
  const exact = EXACT.get(h) ?? EXACT.get(withoutNote(h));
  if (exact) return exact;
  return KEYWORDS.find(([re]) => re.test(h))?.[1] ?? null;
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const mapping: Record<number, RosterKey> = {};
  const taken = new Set<RosterKey>();
  const unknown: HeaderMatch['unknown'] = [];
  const ignored: number[] = [];
  const pending: number[] = [];

  // Exact synonyms win over key words anywhere in the row, so "姓名" in column C keeps the
  // child's name even when an earlier column is called "儿童姓名及曾用名".
  headers.forEach((raw, i) => {
    const h = normalizeHeader(raw);
    if (!h) return;
    if (IGNORED.test(h)) return void ignored.push(i);
    const key = EXACT.get(h) ?? EXACT.get(withoutNote(h));
    if (key && !taken.has(key)) {
      mapping[i] = key;
      taken.add(key);
    } else pending.push(i);
  });
  for (const i of pending) {
    const h = normalizeHeader(headers[i] ?? '');
    const key = KEYWORDS.find(([re]) => re.test(h))?.[1];
    if (key && !taken.has(key)) {
      mapping[i] = key;
      taken.add(key);
    } else unknown.push({ index: i, header: (headers[i] ?? '').trim() });
  }
  unknown.sort((a, b) => a.index - b.index);
  return { mapping, unknown, ignored };
}
