/**
 * 小学毕业库数据台账 (notice 三（七）): the primary-school graduates of the last three years,
 * each followed into 初中 and 销号 once the evidence is collected. Pure: which years, how an
 * imported list merges into the ledger, when 销号 is allowed, the counts per year.
 *
 * A graduate is matched by ID number (normalised as 入学再核查 does), then, when no ID
 * matches, by name + birth date, but never across two valid, different ID numbers: those
 * are two people. Matching stays within one graduation year: a list is a year's list.
 */
import { dedupe, nameBirthKey, normalizeIdKey, type Person } from './recheck';
import { parseIdNumber } from './idcard';
import { trimmedOf } from '../forms/kit/text-of';

/** Stored keys of a graduate entry (forms/graduates): the file's part and the school's part. */
export interface GraduateData {
  year?: unknown;
  name?: unknown;
  sex?: unknown;
  idNumber?: unknown;
  birth?: unknown;
  school?: unknown;
  juniorSchool?: unknown;
  grade?: unknown;
  evidence?: unknown;
  collected?: unknown;
  closed?: unknown;
  note?: unknown;
  [key: string]: unknown;
}

export interface StoredGraduate {
  id: string;
  data: GraduateData;
}


/** The three graduation years up to and including the campaign year (2021: 2019, 2020, 2021). */
export const graduateYears = (year: number): number[] => [year - 2, year - 1, year];

const FAR_FUTURE = new Date(9999, 11, 31);
const validId = (raw: string) => !!raw && parseIdNumber(raw.normalize('NFKC').trim(), FAR_FUTURE).ok;

// ---------------------------------------------------------------------------------------
// 销号
// ---------------------------------------------------------------------------------------

export const CLOSE_NO_EVIDENCE = '不能销号：请先选择该生初中就读的佐证材料（如学籍截图），收集后勾选“佐证已收集”，再销号。';
export const CLOSE_NOT_COLLECTED = '不能销号：佐证材料尚未收集。收集后勾选“佐证已收集”，再销号。';
export const KEEP_EVIDENCE = '该生已销号，佐证材料不能取消：如需更改，请先取消销号。';

/** Why this graduate cannot be 销号 yet, or null when the evidence is there. */
export function closeRefusal(data: GraduateData): string | null {
  if (!trimmedOf(data.evidence)) return CLOSE_NO_EVIDENCE;
  if (data.collected !== true) return CLOSE_NOT_COLLECTED;
  return null;
}

/**
 * Why a change the school makes is refused, or null: 销号 needs the evidence, and a graduate
 * already 销号 keeps it (taking the evidence away would leave a 销号 with nothing behind it).
 */
export function changeRefusal(data: GraduateData, change: GraduateData): string | null {
  const next = { ...data, ...change };
  if (change.closed === true) return closeRefusal(next);
  if (data.closed === true && next.closed === true && ('evidence' in change || 'collected' in change) && closeRefusal(next))
    return KEEP_EVIDENCE;
  return null;
}

// ---------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------

export interface YearProgress {
  year: number;
  total: number;
  /** 销号 with the evidence there (a 销号 whose evidence went missing does not count). */
  closed: number;
  collected: number;
}

export const isClosed = (d: GraduateData): boolean => d.closed === true && !closeRefusal(d);

export function graduateProgress(list: readonly GraduateData[], years: readonly number[]): YearProgress[] {
  return years.map((year) => {
    const mine = list.filter((d) => d.year === year);
    return {
      year,
      total: mine.length,
      closed: mine.filter(isClosed).length,
      collected: mine.filter((d) => !!trimmedOf(d.evidence) && d.collected === true).length,
    };
  });
}

/** `2021年 销号 3 / 12`: the page's and the home card's words for one year. */
export const progressText = (p: YearProgress): string => `${p.year}年 销号 ${p.closed} / ${p.total}`;

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

/** The part of a graduate a list gives; the rest is the school's and never comes from a file. */
const FROM_FILE = ['name', 'sex', 'idNumber', 'birth', 'school'] as const;

export interface GraduateUpdate {
  id: string;
  /** The stored graduate's fields the file fills or corrects (only FROM_FILE keys). */
  change: GraduateData;
  /** 更正身份证号: the file's valid ID replaces an invalid or empty one. */
  idCorrected: boolean;
}

export interface GraduatePlan {
  year: number;
  /** New graduates' data, school's part empty. */
  add: GraduateData[];
  update: GraduateUpdate[];
  /** Rows that are graduates already in the ledger, with nothing to fill. */
  same: number;
  /** Rows of the file that repeat an earlier row (same ID, or same name + birth). */
  repeats: number;
}

const personOf = (d: GraduateData): Person => ({ name: trimmedOf(d.name), idNumber: trimmedOf(d.idNumber), birth: trimmedOf(d.birth) });

/**
 * How a year's list merges into the ledger: each row is a graduate of that year already
 * stored (by ID; else by name + birth date where the two IDs are not both valid) or a new
 * one. A stored graduate gets from the file only what it lacks (an empty field, or a valid
 * ID in place of an invalid one); the 初中 school, grade, evidence, 销号 and note are never
 * touched. Importing the same list again adds nobody.
 */
export function planGraduateImport(
  year: number, rows: readonly Person[], stored: readonly StoredGraduate[], defaults: { school?: string } = {},
): GraduatePlan {
  const { people, repeats } = dedupe(rows.filter((p) => trimmedOf(p.name) || trimmedOf(p.idNumber)));
  const mine = stored.filter((g) => g.data.year === year);
  const byId = new Map<string, StoredGraduate>();
  const byNb = new Map<string, StoredGraduate[]>();
  for (const g of mine) {
    const p = personOf(g.data);
    const id = normalizeIdKey(p.idNumber);
    if (id && !byId.has(id)) byId.set(id, g);
    const nb = nameBirthKey(p);
    if (nb) byNb.set(nb, [...(byNb.get(nb) ?? []), g]);
  }
  const taken = new Set<string>();
  const plan: GraduatePlan = { year, add: [], update: [], same: 0, repeats: repeats.length };
  for (const p of people) {
    const id = normalizeIdKey(p.idNumber);
    let match = id ? byId.get(id) : undefined;
    if (match && taken.has(match.id)) match = undefined;
    if (!match) {
      const nb = nameBirthKey(p);
      const valid = validId(p.idNumber);
      match = nb ? byNb.get(nb)?.find((g) => !taken.has(g.id) && !(valid && validId(trimmedOf(g.data.idNumber)))) : undefined;
    }
    const file: GraduateData = {
      name: trimmedOf(p.name), sex: trimmedOf(p.sex), idNumber: trimmedOf(p.idNumber), birth: trimmedOf(p.birth), school: trimmedOf(p.school) || trimmedOf(defaults.school),
    };
    if (!match) {
      plan.add.push({ year, ...file });
      continue;
    }
    taken.add(match.id);
    const change: GraduateData = {};
    for (const k of FROM_FILE) if (!trimmedOf(match.data[k]) && trimmedOf(file[k])) change[k] = file[k];
    const idCorrected = !!trimmedOf(match.data.idNumber) && !validId(trimmedOf(match.data.idNumber)) && validId(trimmedOf(file.idNumber));
    if (idCorrected) change.idNumber = file.idNumber;
    if (Object.keys(change).length) plan.update.push({ id: match.id, change, idCorrected });
    else plan.same++;
  }
  return plan;
}

/** The preview's words for a plan. */
export function planLines(plan: GraduatePlan): string[] {
  const corrected = plan.update.filter((u) => u.idCorrected).length;
  return [
    `${plan.year}年毕业生：新增 ${plan.add.length} 人`,
    `已在台账中 ${plan.same + plan.update.length} 人（不重复添加${plan.update.length ? `，其中 ${plan.update.length} 人补充了空缺信息${corrected ? `、${corrected} 人更正了身份证号` : ''}` : ''}）`,
    ...(plan.repeats ? [`文件中重复的 ${plan.repeats} 行只计一次`] : []),
  ];
}
