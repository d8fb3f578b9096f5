/**
 * The school's 收集情况: which teachers' 附件3-1 records have come in (typed here or imported
 * from their 表册), against the list of teachers the office expects.
 */

import { normalizeLabel, normalizeName } from './names';

/** A teacher the office expects records from, as typed or imported: "姓名 班级". */
export interface ExpectedTeacher {
  name: string;
  className: string;
}

/** What the collection needs of a stored 3-1 record; `counted` is 3-2's isCountedVisit. */
export interface CollectedVisit {
  teacher?: string;
  recorder?: string;
  className?: string;
  date?: string;
  counted: boolean;
  updatedAt: number;
}

export type CollectionStatus = '已交' | '仅草稿' | '未交';

export interface TeacherLine {
  name: string;
  /** Classes from the list first, then those of the teacher's records. */
  classes: string[];
  /** Complete records, the ones 附件3-2 counts. */
  records: number;
  /** Records that came in but are not complete. */
  drafts: number;
  /** Latest 日期 among the teacher's records ('' when none has one). */
  latestDate: string;
  /** Latest write of any of the teacher's records here (typed or imported), or null. */
  updatedAt: number | null;
  expected: boolean;
  status: CollectionStatus;
}

export interface ClassLine {
  className: string;
  /** Teachers of this class who sent at least one record. */
  sent: number;
  /** Teachers listed for this class. */
  expected: number;
  /** Complete records whose 班级 is this class. */
  records: number;
  /** Listed teachers of this class who sent nothing. */
  missing: string[];
}

export interface Collection {
  teachers: TeacherLine[];
  classes: ClassLine[];
  /** Complete records in all. */
  records: number;
  missing: number;
}

/** The teacher a record belongs to: 家访教师姓名, else 家访记录人 (an imported half-filled row). */
const teacherOf = (v: CollectedVisit): string => normalizeName(v.teacher ?? '') || normalizeName(v.recorder ?? '');

const statusOf = (records: number, drafts: number): CollectionStatus =>
  records > 0 ? '已交' : drafts > 0 ? '仅草稿' : '未交';

export function collect(expected: readonly ExpectedTeacher[], visits: readonly CollectedVisit[]): Collection {
  const lines = new Map<string, TeacherLine>();
  const classKeys = new Map<string, string>(); // normalized → first label seen
  const line = (name: string): TeacherLine => {
    let l = lines.get(name);
    if (!l) {
      l = { name, classes: [], records: 0, drafts: 0, latestDate: '', updatedAt: null, expected: false, status: '未交' };
      lines.set(name, l);
    }
    return l;
  };
  // A listed teacher of two classes has them joined with 、 (parseTeacherList).
  const addClass = (l: TeacherLine, labels: string) => {
    for (const label of labels.split('、')) {
      const key = normalizeLabel(label);
      if (!key) continue;
      if (!classKeys.has(key)) classKeys.set(key, label.trim());
      if (!l.classes.some((c) => normalizeLabel(c) === key)) l.classes.push(classKeys.get(key)!);
    }
  };

  for (const t of expected) {
    const name = normalizeName(t.name);
    if (!name) continue;
    const l = line(name);
    l.expected = true;
    addClass(l, t.className);
  }

  const classRecords = new Map<string, number>();
  const classSenders = new Map<string, Set<string>>();
  for (const v of visits) {
    const name = teacherOf(v);
    if (!name) continue;
    const l = line(name);
    if (v.counted) l.records++;
    else l.drafts++;
    const date = (v.date ?? '').trim();
    if (date > l.latestDate) l.latestDate = date;
    if (l.updatedAt === null || v.updatedAt > l.updatedAt) l.updatedAt = v.updatedAt;
    addClass(l, v.className ?? '');
    const key = normalizeLabel(v.className ?? '');
    if (key) {
      if (v.counted) classRecords.set(key, (classRecords.get(key) ?? 0) + 1);
      const s = classSenders.get(key) ?? new Set<string>();
      s.add(name);
      classSenders.set(key, s);
    }
  }

  const teachers = [...lines.values()];
  for (const l of teachers) l.status = statusOf(l.records, l.drafts);
  // Missing teachers first: they are what the office has to chase.
  const rank = { 未交: 0, 仅草稿: 1, 已交: 2 } as const;
  teachers.sort((a, b) => rank[a.status] - rank[b.status] || a.name.localeCompare(b.name, 'zh-CN'));

  const classes: ClassLine[] = [];
  for (const [key, label] of classKeys) {
    const listed = teachers.filter((t) => t.expected && t.classes.some((c) => normalizeLabel(c) === key));
    const senders = new Set(classSenders.get(key) ?? []);
    // A listed teacher who sent records under another class label still sent for this class.
    for (const t of listed) if (t.status !== '未交') senders.add(t.name);
    classes.push({
      className: label,
      sent: senders.size,
      expected: listed.length,
      records: classRecords.get(key) ?? 0,
      missing: listed.filter((t) => t.status === '未交').map((t) => t.name),
    });
  }
  // Classes stay in the office's list order, then as records bring new ones: a pinyin sort
  // would put 二班 before 一班.

  return {
    teachers,
    classes,
    records: teachers.reduce((n, t) => n + t.records, 0),
    missing: teachers.filter((t) => t.expected && t.status === '未交').length,
  };
}

export interface ParsedList {
  teachers: ExpectedTeacher[];
  /** Lines that could not be read, with their 1-based number, in Chinese. */
  problems: string[];
}

/**
 * The office's list as typed, one teacher a line: "姓名 班级" (space, tab, comma or 、 between).
 * A name listed twice is kept once (its classes joined), so a pasted list with repeats does not
 * count a teacher twice.
 */
export function parseTeacherList(text: string): ParsedList {
  const teachers: ExpectedTeacher[] = [];
  const problems: string[] = [];
  const seen = new Map<string, ExpectedTeacher>();
  (text ?? '').split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const lineText = raw.trim();
    if (!lineText) return;
    const [first, rest] = splitLine(lineText);
    const name = normalizeName(first);
    if (!name || name.length > 20) {
      problems.push(`第${i + 1}行“${lineText.slice(0, 20)}”不是“姓名 班级”的格式，已跳过。`);
      return;
    }
    add(seen, teachers, name, rest);
  });
  return { teachers, problems };
}

// A class label has a digit or one of these; a name has none (so "李 老师 二班" is 李老师, 二班).
const CLASS_LIKE = /[0-9０-９一二三四五六七八九十班级年届]/u;

/** "姓名 班级" → [name, class]: a tab, comma or semicolon separates first, else spaces. */
function splitLine(line: string): [string, string] {
  const parts = line.split(/[\t,，;；]+/u).map((x) => x.trim()).filter(Boolean);
  if (parts.length > 1) return [parts[0]!, parts.slice(1).join('、')];
  const words = line.split(/\s+/u);
  let at = words.findIndex((w, i) => i > 0 && CLASS_LIKE.test(w));
  if (at < 0) at = words.length > 1 ? words.length - 1 : 1;
  return [words.slice(0, at).join(''), words.slice(at).join('')];
}

function add(seen: Map<string, ExpectedTeacher>, out: ExpectedTeacher[], name: string, className: string) {
  const prior = seen.get(name);
  if (prior) {
    if (className && !prior.className.split('、').some((c) => normalizeLabel(c) === normalizeLabel(className)))
      prior.className = prior.className ? `${prior.className}、${className}` : className;
    return;
  }
  const t = { name, className: className.trim() };
  seen.set(name, t);
  out.push(t);
}

/** The list as the textarea shows it, so an imported sheet can be checked and edited. */
export function formatTeacherList(teachers: readonly ExpectedTeacher[]): string {
  return teachers.map((t) => (t.className ? `${t.name} ${t.className}` : t.name)).join('\n');
}

/**
 * The list from a sheet's header and rows (readSheet): the columns headed 姓名 (or 教师姓名)
 * and 班级. Without a 姓名 column there is no list.
 */
export function teachersFromSheet(headers: readonly string[], rows: readonly (readonly string[])[]): ParsedList | { error: string } {
  const h = headers.map((x) => normalizeName(x));
  const nameCol = h.findIndex((x) => x === '姓名' || x === '教师姓名' || x === '教师');
  const classCol = h.findIndex((x) => x === '班级' || x === '任教班级');
  if (nameCol < 0) return { error: '表中没有“姓名”列，请用第一行写“姓名”“班级”的表格。' };
  const teachers: ExpectedTeacher[] = [];
  const seen = new Map<string, ExpectedTeacher>();
  for (const row of rows) {
    const name = normalizeName(row[nameCol] ?? '');
    if (!name) continue;
    add(seen, teachers, name, classCol >= 0 ? (row[classCol] ?? '').trim() : '');
  }
  return { teachers, problems: [] };
}
