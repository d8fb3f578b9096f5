/**
 * 控辍保学月报 (通知三（九）): a month's numbers from the roster's current 就学状态 and the
 * ledger of changes (status-change entries). The roster holds only the status of today, so a
 * status on an earlier date is the current one with the later changes undone: the state
 * just before a date is the 原状态 of the first change dated on or after it. Dates are passed
 * in; nothing here reads the clock.
 */
import { categoryOf, dropoutStage, subBelongsTo, subStatusDef } from '../forms/vocabulary';

/** One recorded change of a child's 就学状态. `seq` orders changes of one day (createdAt). */
export interface StatusChange {
  childId: string;
  /** YYYY-MM-DD. */
  date: string;
  from: string;
  to: string;
  reason: string;
  name?: string;
  seq?: number;
}

/** A roster child: its entry id and its current state (statusValue of its data). */
export interface ChildState {
  id: string;
  state: string;
}

/**
 * The state the ledger records: the 子类 where one is set and belongs to the 就学状态
 * (疑似辍学, 打工务农 … are 子类 of 其他情况), else the 就学状态 itself.
 */
export function statusValue(data: { status?: unknown; sub?: unknown }): string {
  const status = typeof data.status === 'string' ? data.status.trim() : '';
  const sub = typeof data.sub === 'string' ? data.sub.trim() : '';
  return sub && subBelongsTo(sub, status) ? sub : status;
}

/** The roster fields that a state sets: a 子类 sets its category too; a category clears 子类. */
export function statusFields(state: string): { status: string; sub: string } {
  const sub = subStatusDef(state);
  return sub ? { status: sub.category, sub: sub.value } : { status: state, sub: '' };
}

const byTime = (a: StatusChange, b: StatusChange) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.seq ?? 0) - (b.seq ?? 0);

/** Changes by child, each child's in date order. */
function byChild(changes: readonly StatusChange[]): Map<string, StatusChange[]> {
  const out = new Map<string, StatusChange[]>();
  for (const c of [...changes].sort(byTime)) {
    const list = out.get(c.childId);
    if (list) list.push(c);
    else out.set(c.childId, [c]);
  }
  return out;
}

/**
 * A child's state just before `date` (YYYY-MM-DD): the current state with every change dated
 * on or after `date` undone, i.e. the 原状态 of the first such change.
 */
export function statusBefore(current: string, changes: readonly StatusChange[], date: string): string {
  const first = [...changes].sort(byTime).find((c) => c.date >= date);
  return first ? first.from : current;
}

/** YYYY-MM: the first day of the month and of the next one. */
export function monthBounds(month: string): { first: string; next: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { first: `${m[1]}-${m[2]}-01`, next: `${next}-01` };
}

/** The report's rows of states, in print order; every state falls in exactly one. */
export const GROUPS = [
  { key: 'inSchool', label: '在校生（县域内实际就读，含请假、休学）' },
  { key: 'outCounty', label: '县域外就读' },
  { key: 'suspected', label: '疑似辍学' },
  { key: 'dropout', label: '辍学' },
  { key: 'other', label: '其他情况（毕业、延缓入学、户籍原因等）' },
] as const;
export type GroupKey = (typeof GROUPS)[number]['key'];

export function groupOf(state: string): GroupKey {
  const stage = dropoutStage(state);
  if (stage === 'suspected') return 'suspected';
  if (stage === 'dropout') return 'dropout';
  const cat = categoryOf(state);
  if (cat === '县域内实际就读') return 'inSchool';
  if (cat === '县域外就读') return 'outCounty';
  return 'other';
}

export interface GroupCounts {
  start: number;
  added: number;
  removed: number;
  end: number;
}

export interface MonthlyReport {
  month: string;
  groups: Record<GroupKey, GroupCounts>;
  total: GroupCounts;
  /** Children by reason among the month's changes (each child once per reason). */
  byReason: Record<string, number>;
  /** The month's changes in date order. */
  changes: StatusChange[];
}

const zero = (): GroupCounts => ({ start: 0, added: 0, removed: 0, end: 0 });

/**
 * The 月报 of `month` (YYYY-MM): each child's state at the start (before the 1st) and at the
 * end (before the next month's 1st), counted by group. 增加/减少 are children who entered or
 * left a group over the month, so 月末 = 月初 + 增加 − 减少 holds row by row; a child who
 * left and came back within the month moved nowhere. Changes of children no longer on the
 * roster are listed but not counted (the roster is the population).
 */
export function monthlyReport(children: readonly ChildState[], changes: readonly StatusChange[], month: string): MonthlyReport {
  const bounds = monthBounds(month);
  const groups = Object.fromEntries(GROUPS.map((g) => [g.key, zero()])) as Record<GroupKey, GroupCounts>;
  const total = zero();
  const byReason: Record<string, number> = {};
  if (!bounds) return { month, groups, total, byReason, changes: [] };
  const own = byChild(changes);
  for (const child of children) {
    const list = own.get(child.id) ?? [];
    const start = groupOf(statusBefore(child.state, list, bounds.first));
    const end = groupOf(statusBefore(child.state, list, bounds.next));
    groups[start].start++;
    groups[end].end++;
    if (start !== end) {
      groups[start].removed++;
      groups[end].added++;
    }
  }
  // The roster is the population: 合计's 月初 and 月末 agree, its 增加/减少 are all moves.
  for (const g of GROUPS) {
    const c = groups[g.key];
    total.start += c.start;
    total.added += c.added;
    total.removed += c.removed;
    total.end += c.end;
  }
  const inMonth = [...changes].filter((c) => c.date >= bounds.first && c.date < bounds.next).sort(byTime);
  const seen = new Set<string>();
  for (const c of inMonth) {
    const k = `${c.reason}\u0000${c.childId}`;
    if (seen.has(k)) continue;
    seen.add(k);
    byReason[c.reason] = (byReason[c.reason] ?? 0) + 1;
  }
  return { month, groups, total, byReason, changes: inMonth };
}

/** 2026年11月 for 2026-11. */
export function monthText(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  return m ? `${m[1]}年${Number(m[2])}月` : '';
}
