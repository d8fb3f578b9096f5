/**
 * Tallies of the child roster (花名册) for 附件1-1 (counts per schooling category) and
 * 附件1-2 (children per village and age). Derived numbers are computed from the roster
 * every time, never stored.
 *
 * The category list comes from forms/vocabulary/, a module of plain data with no
 * imports: the taxonomy lives in exactly one place and this file only counts by it.
 */

import { CATEGORIES, categoryOf, type Category } from '../forms/vocabulary';
import { ageOn, inSchoolAgeRange, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from './age';
import { isRealDate } from './calendar';
import { parseChildId, parseIdNumber } from './idcard';
import { cellTextOf } from '../forms/kit/text-of';

type Val = string | number | boolean | readonly string[] | null | undefined;

/** The roster fields the tallies read; roster entries' `data` fits as is. */
export interface RosterChild {
  idNumber?: Val;
  birth?: Val;
  sex?: Val;
  village?: Val;
  status?: Val;
  sub?: Val;
  relocated?: Val;
  disabled?: Val;
}


/**
 * parseIdNumber refuses birth dates after "today". Tallies must not depend on the wall
 * clock (the same roster must give the same 附件1-1 tomorrow), so the check is moved out of
 * reach; a child born after the reference date gets age -1 and is out of range anyway.
 */
const NO_FUTURE_LIMIT = new Date(9999, 11, 31);

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Normalized 18-character ID number, or null when the number is not valid. */
export function normalizedId(child: Pick<RosterChild, 'idNumber'>): string | null {
  const raw = cellTextOf(child.idNumber);
  if (!raw) return null;
  const r = parseIdNumber(raw, NO_FUTURE_LIMIT);
  return r.ok ? r.id : null;
}

/**
 * The birth date ages are computed from: the ID number's when the number is valid (it is
 * what the police register holds and cannot be mistyped without breaking the check digit),
 * else the typed 出生日期 when it is a real date, else null.
 */
export function birthOf(
  child: Pick<RosterChild, 'idNumber' | 'birth'>,
  /** With it, an old 15-digit number that cannot be this child's (a guardian's) gives no birth date. */
  refDate?: string,
): { birth: string; from: 'id' | 'typed' } | null {
  const raw = cellTextOf(child.idNumber);
  if (raw) {
    const r = refDate ? parseChildId(raw, refDate, NO_FUTURE_LIMIT) : parseIdNumber(raw, NO_FUTURE_LIMIT);
    if (r.ok) return { birth: r.birth, from: 'id' };
  }
  const typed = cellTextOf(child.birth);
  return isIsoDate(typed) ? { birth: typed, from: 'typed' } : null;
}

/** 周岁 on the reference date, or null when no birth date is known. */
export function childAge(child: Pick<RosterChild, 'idNumber' | 'birth'>, refDate: string): number | null {
  const b = birthOf(child, refDate);
  return b ? ageOn(b.birth, refDate) : null;
}

/**
 * Whether 附件1-1 counts a child, and at which age: the one age rule of every report made
 * from the roster (1-1, 1-2, 2-1 and its 花名册), so that they always list the same children.
 * A child with no known birth date, or not 6–15 on the reference date, is left out.
 */
export function countedAge(
  child: Pick<RosterChild, 'idNumber' | 'birth'>, refDate: string,
): { age: number } | { age: null; why: 'undated' | 'outOfRange' } {
  const age = childAge(child, refDate);
  if (age === null) return { age: null, why: 'undated' };
  return inSchoolAgeRange(age) ? { age } : { age: null, why: 'outOfRange' };
}

/** countedAge as a yes/no: the child is one of 附件1-1's 共计. */
export const isCounted = (child: Pick<RosterChild, 'idNumber' | 'birth'>, refDate: string): boolean =>
  countedAge(child, refDate).age !== null;

/** 易地搬迁户 / 残疾儿童 are stored as the choice '是'. */
const isYes = (v: Val): boolean => cellTextOf(v) === '是';

export interface Tally11 {
  /** Children aged 6–15 on the reference date: 附件1-1's 共计. */
  total: number;
  /** One count per 附件1-1 category, in seed order. */
  byCategory: Record<Category, number>;
  /** In-range children whose status is empty or not one of the 11 (they make sumCheck ≠ 0). */
  unclassified: number;
  /** In-range children from 易地搬迁户 (附件1-1 item 2). */
  relocated: number;
  /** In-range disabled children (附件1-1 item 3). */
  disabled: number;
  /** Children with a birth date but outside 6–15 on the reference date: left out. */
  outOfRange: number;
  /** Children with neither a valid ID number nor a valid 出生日期: left out, shown for fixing. */
  undated: number;
  /**
   * Normalized ID numbers that occur more than once (all rows, in range or not), sorted:
   * 多重户籍 candidates or rows entered twice. Every row is still counted; deciding which
   * one is the real registration is a person's job, not the tally's.
   */
  duplicates: string[];
}

export function emptyByCategory(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
}

/** Counts for 附件1-1 from the roster, ages taken on `refDate` (YYYY-MM-DD). */
export function tally11(children: readonly RosterChild[], refDate: string): Tally11 {
  const t: Tally11 = {
    total: 0,
    byCategory: emptyByCategory(),
    unclassified: 0,
    relocated: 0,
    disabled: 0,
    outOfRange: 0,
    undated: 0,
    duplicates: findDuplicates(children),
  };
  for (const child of children) {
    const counted = countedAge(child, refDate);
    if (counted.age === null) {
      if (counted.why === 'undated') t.undated++;
      else t.outOfRange++;
      continue;
    }
    t.total++;
    const category = categoryOf(cellTextOf(child.status));
    if (category) t.byCategory[category]++;
    else t.unclassified++;
    if (isYes(child.relocated)) t.relocated++;
    if (isYes(child.disabled)) t.disabled++;
  }
  return t;
}

function findDuplicates(children: readonly RosterChild[]): string[] {
  const seen = new Map<string, number>();
  for (const child of children) {
    // Normalizing first catches the same child typed once with an old 15-digit number.
    const id = normalizedId(child);
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id).sort();
}

export const AGE_COLUMNS = SCHOOL_AGE_MAX - SCHOOL_AGE_MIN + 1;

/** Row label for children whose 村委会 is blank, so they are still counted and visible. */
export const NO_VILLAGE = '（未填写村委会）';
export const TOTAL_ROW = '合计';

export interface VillageRow {
  village: string;
  /** Children by 周岁: index 0 is 6周岁 … index 9 is 15周岁. */
  ages: number[];
  /** 儿童人数 = sum of `ages`. */
  total: number;
  relocated: number;
  disabled: number;
}

export interface VillageTally {
  /** One row per village, by Chinese collation; the blank village last. */
  rows: VillageRow[];
  /** The 合计 row: every numeric column summed. */
  totals: VillageRow;
}

const emptyRow = (village: string): VillageRow => ({
  village,
  ages: new Array<number>(AGE_COLUMNS).fill(0),
  total: 0,
  relocated: 0,
  disabled: 0,
});

/** Whitespace inside a village name is a typing accident ("东街 村"), not a different village. */
const villageKey = (v: Val): string => cellTextOf(v).replace(/\s+/gu, '');

/**
 * 附件1-2 rows. The same children as tally11 are counted (6–15 on `refDate`, undated ones
 * left out), so the sum of the rows' totals equals tally11's total.
 */
export function tallyByVillage(children: readonly RosterChild[], refDate: string): VillageTally {
  const byVillage = new Map<string, VillageRow>();
  for (const child of children) {
    const { age } = countedAge(child, refDate);
    if (age === null) continue;
    const village = villageKey(child.village) || NO_VILLAGE;
    let row = byVillage.get(village);
    if (!row) byVillage.set(village, (row = emptyRow(village)));
    row.ages[age - SCHOOL_AGE_MIN]!++;
    row.total++;
    if (isYes(child.relocated)) row.relocated++;
    if (isYes(child.disabled)) row.disabled++;
  }
  const rows = [...byVillage.values()].sort((a, b) =>
    a.village === NO_VILLAGE ? 1 : b.village === NO_VILLAGE ? -1 : a.village.localeCompare(b.village, 'zh-CN'),
  );
  const totals = emptyRow(TOTAL_ROW);
  for (const r of rows) {
    r.ages.forEach((n, i) => (totals.ages[i]! += n));
    totals.total += r.total;
    totals.relocated += r.relocated;
    totals.disabled += r.disabled;
  }
  return { rows, totals };
}

/**
 * For counts typed by hand (附件1-1's 11 numbers against its 共计): sum(counts) − total.
 * 0 means they agree; positive means the counts exceed 共计 by that many. Blank counts
 * (null/undefined/NaN) count as 0, so a half-filled form shows how far it still is.
 */
export function sumCheck(counts: readonly (number | null | undefined)[], total: number | null | undefined): number {
  const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return counts.reduce<number>((s, v) => s + n(v), 0) - n(total);
}
