import { SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../calc/age';
import { cachedTallyByVillage } from '../../calc/roster-cache';
import type { RosterChild, VillageRow } from '../../calc/roster-tally';
import type { DeriveContext } from '../kit/define';
import type { EntryData, RowItem } from '../kit/field';
import { cellTextOf } from '../kit/text-of';

/** The ten age columns: key and the seed's heading (6周岁 … 15周岁). */
export const AGES = Array.from({ length: SCHOOL_AGE_MAX - SCHOOL_AGE_MIN + 1 }, (_, i) => ({
  key: `age${SCHOOL_AGE_MIN + i}`,
  label: `${SCHOOL_AGE_MIN + i}周岁`,
}));
/** Numeric columns of a village row, in paper order; each has a 合计 field `sum<Key>`. */
export const NUMBER_KEYS = ['total', ...AGES.map((a) => a.key), 'relocated', 'disabled'] as const;
export const sumKey = (k: string): `sum${string}` => `sum${k[0]!.toUpperCase()}${k.slice(1)}`;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** Rows are matched by village name; spaces inside it are typing accidents (as in the tally). */
const villageKey = (item: RowItem | undefined) => cellTextOf(item?.village).replace(/\s+/gu, '');

/** “城关” -> “城关镇”; a name that already says 镇, 乡 or 街道 stays as it is. */
export function townTitle(town: string): string {
  const t = town.trim();
  if (!t) return '_________镇';
  return /(镇|乡|街道|街道办|办事处)$/.test(t) ? t : `${t}镇`;
}

const fromRoster = (r: VillageRow): RowItem => ({
  village: r.village,
  total: r.total,
  ...Object.fromEntries(AGES.map((a, i) => [a.key, r.ages[i] ?? 0])),
  relocated: r.relocated,
  disabled: r.disabled,
});
const ZERO: RowItem = Object.fromEntries(NUMBER_KEYS.map((k) => [k, 0]));
const typedPart = (item: RowItem | undefined): RowItem =>
  Object.fromEntries(Object.entries(item ?? {}).filter(([k]) => !(NUMBER_KEYS as readonly string[]).includes(k)));

/**
 * 附件1-2 from the roster: a row per village with 儿童人数, the ten ages, 易地搬迁户 and
 * 残疾儿童, merged by village name with the columns typed for it (负责学校, 校长 …). A village
 * typed in but not on the roster keeps its row with zeros. Without a roster the rows are
 * exactly as typed (`villages` stays null when computing, which tells the editor so).
 */
export function deriveTownTable(data: EntryData, ctx: DeriveContext): EntryData {
  const roster = (ctx.sources.roster ?? []) as RosterChild[];
  const stored = Array.isArray(data.villages) ? (data.villages as RowItem[]) : null;
  let villages: RowItem[] | null = stored;
  if (roster.length && ctx.refDate) {
    const tally = cachedTallyByVillage(roster, ctx.refDate);
    const typed = new Map((stored ?? []).map((item) => [villageKey(item), item]));
    const rows = tally.rows.map((r) => ({ ...typedPart(typed.get(r.village)), ...fromRoster(r) }));
    const onRoster = new Set(tally.rows.map((r) => r.village));
    const extra = (stored ?? []).filter((item) => !onRoster.has(villageKey(item))).map((item) => ({ ...typedPart(item), ...ZERO }));
    villages = [...rows, ...extra];
  }
  const list = villages ?? [];
  const sums = Object.fromEntries(
    NUMBER_KEYS.map((k) => [sumKey(k), list.length ? list.reduce((s, item) => s + (num(item[k]) ?? 0), 0) : null]),
  );

  // 附件1-1's 共计: typed there, or what it computes from the same roster (the 1-2 rows and
  // 1-1 count the same children, see tallyByVillage), so the two can be compared here.
  const report = ctx.sources['1-1']?.[0];
  const computed11 = roster.length && ctx.refDate ? cachedTallyByVillage(roster, ctx.refDate).totals.total : null;
  const year = num(data.year) ?? ctx.settings?.year ?? null;
  const town = cellTextOf(data.town) || (ctx.settings?.town.trim() ?? '');
  return {
    town,
    year,
    title: `${townTitle(town)}${year ?? '____'}年6—15周岁儿童少年统计表`,
    villages,
    ...sums,
    total11: num(report?.total) ?? computed11,
  };
}

export function townTableWarnings(v: EntryData): string[] {
  const out: string[] = [];
  const items = Array.isArray(v.villages) ? (v.villages as RowItem[]) : [];
  items.forEach((item, i) => {
    const total = num(item.total);
    const ages = AGES.reduce((s, a) => s + (num(item[a.key]) ?? 0), 0);
    const any = total != null || AGES.some((a) => num(item[a.key]) != null);
    if (any && (total ?? 0) !== ages)
      out.push(`第${i + 1}行（${cellTextOf(item.village) || '未填写村委会名称'}）：儿童人数（${total ?? 0}）与6至15周岁人数之和（${ages}）不一致。`);
  });
  const seen = new Set<string>();
  for (const item of items) {
    const k = villageKey(item);
    if (k && seen.has(k)) out.push(`村委会“${k}”出现了不止一行，请合并。`);
    seen.add(k);
  }
  const sum = num(v.sumTotal);
  const total11 = num(v.total11);
  if (sum != null && total11 != null && sum !== total11)
    out.push(`合计儿童人数（${sum}）与附件1-1的共计（${total11}）不一致，相差 ${sum - total11} 人，请核对。`);
  return out;
}

export function townTableProgress(v: EntryData): string {
  const items = Array.isArray(v.villages) ? v.villages.length : 0;
  if (!items) return '尚未填写（有花名册时自动统计）';
  const sum = num(v.sumTotal) ?? 0;
  const total11 = num(v.total11);
  return `${items} 个村委会，合计 ${sum} 人${total11 == null ? '' : sum === total11 ? '，与附件1-1一致' : `，附件1-1为 ${total11} 人`}`;
}
