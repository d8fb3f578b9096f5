import { GROUPS, monthlyReport, monthText, statusValue, type ChildState, type GroupCounts, type StatusChange } from '../../calc/monthly-report';
import type { DeriveContext, Issues } from '../kit/define';
import type { EntryData, RowItem } from '../kit/field';
import { formatChineseDate } from '../kit/validators';
import { ALL_REASONS } from '../status-changes/reasons';
import { trimmedOf } from '../kit/text-of';

export const COUNT_PARTS = [
  { part: 'Start', key: 'start', label: '月初人数' },
  { part: 'Added', key: 'added', label: '本月增加' },
  { part: 'Removed', key: 'removed', label: '本月减少' },
  { part: 'End', key: 'end', label: '月末人数' },
] as const;

/** The report's rows: the groups of calc/monthly-report.ts, then 合计. */
export const ROWS = [...GROUPS, { key: 'total', label: '合计' }] as const;

/** `r0` … for ALL_REASONS, by index: field keys stay ASCII. */
export const reasonKey = (i: number): `r${number}` => `r${i}`;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The month the report is for: as typed, else this month (ctx.today). */
export const reportMonth = (data: EntryData, ctx: DeriveContext): string => trimmedOf(data.month) || (ctx.today ?? '').slice(0, 7);

/** The ledger's entries as changes (calc's shape). */
export function changesOf(entries: readonly EntryData[]): StatusChange[] {
  return entries.map((d) => ({
    childId: trimmedOf(d.childId), date: trimmedOf(d.date), from: trimmedOf(d.from), to: trimmedOf(d.to), reason: trimmedOf(d.reason),
    name: trimmedOf(d.name), seq: num(d.seq),
  }));
}

/** The roster's children with their entry ids (the context gives them index for index). */
export function childrenOf(ctx: DeriveContext): ChildState[] {
  const rows = ctx.sources.roster ?? [];
  const ids = ctx.sourceIds?.roster ?? [];
  return rows.map((d, i) => ({ id: ids[i] ?? '', state: statusValue(d) }));
}

/** Every count of the 月报, the reasons' children and the list of the month's changes. */
export function deriveMonthlyReport(data: EntryData, ctx: DeriveContext): EntryData {
  const month = reportMonth(data, ctx);
  const r = monthlyReport(childrenOf(ctx), changesOf(ctx.sources['status-change'] ?? []), month);
  const out: EntryData = { unit: trimmedOf(data.unit) || ctx.settings?.unit || '', month, monthText: monthText(month) };
  for (const row of ROWS) {
    const c: GroupCounts = row.key === 'total' ? r.total : r.groups[row.key];
    for (const p of COUNT_PARTS) out[`${row.key}${p.part}`] = c[p.key];
  }
  ALL_REASONS.forEach((reason, i) => (out[reasonKey(i)] = r.byReason[reason] ?? 0));
  out.changeCount = r.changes.length;
  out.toPersuade = r.groups.suspected.end + r.groups.dropout.end;
  out.changes = r.changes.map((c): RowItem => ({ name: c.name ?? '', date: formatChineseDate(c.date), from: c.from, to: c.to, reason: c.reason }));
  return out;
}

export function monthlyReportRules(v: EntryData): Issues {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(trimmedOf(v.month)) ? {} : { month: '请按“年-月”填写月份，如 2026-11' };
}
