// What the import preview shows first: a file of 120 rows may have 110 with a hint and 12
// with an error; the errors must not be found by scrolling. Problems are counted per kind
// ("身份证号码有误 12 行"), and rows are listed errors first.
import type { ImportedRow } from './rows';

/**
 * Kinds of the row messages, most specific first. A message's details (the cell's text,
 * the row it repeats, the age) vary; the kind is what the user fixes.
 */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [/Excel 中被存成了数字/, '身份证号码被存成数字'],
  [/其中某一位填错了/, '身份证号码有误'],
  [/像是成年人/, '疑似监护人的身份证号码'],
  [/身份证号码只有15位/, '身份证号码不完整'],
  [/^15位旧身份证号码换算后/, '15位旧号码不像儿童本人的'],
  [/^15位旧身份证号码，已转换/, '15位旧号码已转换为18位'],
  [/^身份证号码应为18位/, '身份证号码位数不对'],
  [/^身份证号码含有非法字符/, '身份证号码含有非法字符'],
  [/^身份证号码中的出生日期无效|^出生日期（.*）晚于今天/, '身份证号码中的出生日期无效'],
  [/^请填写身份证号码/, '缺少身份证号码'],
  [/^身份证号码与第\d+行重复/, '身份证号码重复'],
  [/与身份证号码中的出生日期.*不一致/, '出生日期与身份证号码不一致'],
  [/^性别（/, '性别与身份证号码不一致'],
  [/^性别“/, '性别无法识别'],
  [/只有年月/, '出生日期只有年月'],
  [/^出生日期“.*”无法识别|^出生日期无效/, '出生日期无法识别'],
  [/缺少有效的身份证号码或出生日期/, '无法计算年龄'],
  [/晚于年龄计算基准日/, '出生日期晚于基准日'],
  [/周岁范围内$/, '不在6-15周岁'],
  [/^就学状态“.*”无法对应/, '就学状态无法识别'],
  [/^就学状态“.*”按/, '就学状态按相近类别导入'],
  [/^子类“.*”无法识别/, '子类无法识别'],
  [/^子类“.*”(不属于|需要先选择)/, '子类与就学状态不符'],
  [/^电话“/, '电话号码格式'],
  [/按“是”导入/, '是/否列写了其他文字'],
  [/^特殊群体“/, '特殊群体不在选项中'],
  [/超过 \d+ 字/, '单元格内容过长'],
  [/没有姓名和身份证号码/, '没有姓名和身份证号码'],
];

/** The kind of one row message, for counting: the message itself, less its details, if none fits. */
export function problemKind(message: string): string {
  return KINDS.find(([re]) => re.test(message))?.[1] ?? message.replace(/[“（(][^”）)]*[”）)]/gu, '').replace(/[：:].*$/u, '');
}

export interface KindCount {
  kind: string;
  level: 'error' | 'warning';
  /** Rows with at least one message of the kind. */
  rows: number;
}

/** Rows per kind of problem: errors first, then hints, each most frequent first. */
export function countKinds(rows: readonly ImportedRow[]): KindCount[] {
  const counts = new Map<string, KindCount>();
  for (const row of rows) {
    if (row.rejected) continue;
    for (const [level, messages] of [['error', row.errors], ['warning', row.warnings]] as const) {
      for (const kind of new Set(messages.map(problemKind))) {
        const key = `${level}|${kind}`;
        const c = counts.get(key) ?? counts.set(key, { kind, level, rows: 0 }).get(key)!;
        c.rows++;
      }
    }
  }
  return [...counts.values()].sort((a, b) => (a.level === b.level ? b.rows - a.rows : a.level === 'error' ? -1 : 1));
}

/** What the preview lists: every row, only those worth a look, or only those with an error. */
export type PreviewFilter = 'all' | 'problems' | 'errors';

interface Listed {
  row: ImportedRow;
  action: string;
  candidates?: readonly unknown[];
  idChange?: unknown;
  note?: string;
}

/**
 * The preview's rows in the order they are shown: errors first, then rows asking which child
 * they are, then the rest, each in file order. Rows not imported are listed apart.
 */
export function previewRows<T extends Listed>(rows: readonly T[], filter: PreviewFilter): T[] {
  const rank = (p: T) => (p.row.errors.length ? 0 : p.candidates ? 1 : 2);
  return rows
    .filter((p) => p.action !== 'rejected')
    .filter((p) =>
      filter === 'errors'
        ? p.row.errors.length > 0
        : filter === 'all' || p.row.errors.length || p.row.warnings.length || p.candidates || p.idChange || p.note)
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([p]) => p);
}
