import { cachedTally11 } from '../../calc/roster-cache';
import { sumCheck, type RosterChild } from '../../calc/roster-tally';
import type { DeriveContext, DeriveSettings, Issues } from '../kit/define';
import type { EntryData } from '../kit/field';
import { CATEGORIES, type Category } from '../vocabulary';
import { trimmedOf } from '../kit/text-of';

/** The 11 counts of 附件1-1, keyed in seed order: one field per category of the roster. */
export const COUNT_KEYS = {
  县域内实际就读: 'inCounty',
  县域外就读: 'outCounty',
  初中已毕业: 'graduated',
  延缓入学: 'deferred',
  外迁无法联系: 'movedAway',
  多重户籍: 'multiRegistered',
  查无此人: 'notFound',
  死亡: 'dead',
  因病因残辍学: 'illness',
  厌学辍学: 'weary',
  其他情况: 'other',
} as const satisfies Readonly<Record<Category, string>>;
export type CountKey = (typeof COUNT_KEYS)[Category];
export const COUNTS: readonly { category: Category; key: CountKey }[] = CATEGORIES.map((category) => ({
  category,
  key: COUNT_KEYS[category],
}));

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** 辖区 from settings: the town when there is one (a town's report), else the school. */
export const areaFrom = (s: DeriveSettings | undefined): string => s?.town.trim() || s?.unit.trim() || '';

/**
 * 附件1-1 from the roster: 共计 and the 11 counts, 易地搬迁户 and 残疾儿童, ages taken on the
 * reference date. A number typed over a count wins. Without a roster (or without a
 * reference date) the counts are not computed: a school without a roster types them.
 */
export function deriveSchoolingReport(data: EntryData, ctx: DeriveContext): EntryData {
  const roster = (ctx.sources.roster ?? []) as RosterChild[];
  const t = roster.length && ctx.refDate ? cachedTally11(roster, ctx.refDate) : null;
  const pick = (key: string, computed: number | null) => num(data[key]) ?? computed;
  return {
    area: trimmedOf(data.area) || areaFrom(ctx.settings),
    total: pick('total', t?.total ?? null),
    ...Object.fromEntries(COUNTS.map(({ category, key }) => [key, pick(key, t ? t.byCategory[category] : null)])),
    relocated: pick('relocated', t?.relocated ?? null),
    disabled: pick('disabled', t?.disabled ?? null),
    unclassified: t?.unclassified ?? null,
    outOfRange: t?.outOfRange ?? null,
    undated: t?.undated ?? null,
    duplicates: t ? t.duplicates.length : null,
  };
}

/** The sum of the 11 counts, from resolved values. */
const countsSum = (v: EntryData): number => COUNTS.reduce((s, { key }) => s + (num(v[key]) ?? 0), 0);

/** “11项人数之和（113）与共计（115）不一致，少 2 人”, or '' when they agree. */
function mismatchText(v: EntryData): string {
  const diff = countsMinusTotal(v);
  if (diff === 0) return '';
  return `11项人数之和（${countsSum(v)}）与共计（${num(v.total) ?? 0}）不一致，${diff > 0 ? '多' : '少'} ${Math.abs(diff)} 人`;
}

export const SUM_CONFIRM_LABEL = '已核实：11项人数之和与共计不一致，确认无误';

/**
 * 11 counts that do not add up to 共计 are a report the bureau reads as wrong: it is not
 * 完成 until the numbers are corrected (in the roster, or typed) or the user confirms them.
 */
export function schoolingReportRules(v: EntryData): Issues {
  const text = mismatchText(v);
  return text && v.sumConfirmed !== true
    ? { total: `${text}。请核对更正；如确实无误，请勾选“${SUM_CONFIRM_LABEL}”。` }
    : {};
}

/** Printed under the counts while they disagree unconfirmed, so that no file hides it. */
export function sumNote(v: EntryData): string {
  const text = mismatchText(v);
  return text && v.sumConfirmed !== true ? `（注：${text}，尚未核实。）` : '';
}

/** The 11 counts minus 共计 (0 when they agree), from resolved values. */
export const countsMinusTotal = (v: EntryData): number => sumCheck(COUNTS.map(({ key }) => num(v[key])), num(v.total));

export function schoolingReportWarnings(v: EntryData): string[] {
  const out: string[] = [];
  // Unconfirmed, the rule says it beside 共计 (and keeps the report a draft).
  const mismatch = mismatchText(v);
  if (mismatch && v.sumConfirmed === true) out.push(`${mismatch}（已核实无误）。`);
  const unclassified = num(v.unclassified) ?? 0;
  if (unclassified > 0) out.push(`花名册中有 ${unclassified} 名6-15周岁儿童未填写就学状态或无法归类，未计入11项，请在花名册中补填。`);
  const duplicates = num(v.duplicates) ?? 0;
  if (duplicates > 0) out.push(`花名册中有 ${duplicates} 个身份证号码重复出现（可能是多重户籍），请核实。`);
  const total = num(v.total);
  for (const [key, what] of [['relocated', '易地搬迁户学生'], ['disabled', '残疾儿童']] as const) {
    const n = num(v[key]);
    if (n != null && total != null && n > total) out.push(`${what}人数（${n}）大于共计（${total}），请核对。`);
  }
  return out;
}

export function schoolingReportProgress(v: EntryData): string {
  const total = num(v.total);
  if (total == null) return '尚未填写（有花名册时自动统计）';
  const diff = countsMinusTotal(v);
  return `共计 ${total} 人${diff === 0 ? '，11项合计一致' : `，11项合计${diff > 0 ? '多' : '少'} ${Math.abs(diff)} 人`}`;
}
