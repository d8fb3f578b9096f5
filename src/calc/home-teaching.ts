// 送教上门 (通知三（八）: 落实每月2次送教任务): visits counted per child per calendar month,
// the children still short this month, and the periods the 台账 are exported for. "Today"
// is always passed in (YYYY-MM-DD, the device's local date): nothing here reads a clock.
import { daysInMonth } from './calendar';

/** The notice's monthly number of 送教 visits per child. */
export const VISITS_PER_MONTH = 2;

/** One 送教 visit as counted: whose, when (YYYY-MM-DD) and whether it is complete. */
export interface CountedVisit {
  childId: string;
  date: string;
  /** Only a complete record (家长确认 typed) counts toward the two. */
  complete: boolean;
}

/** A span of dates, both ends included, with its name on the 台账. */
export interface Period {
  start: string;
  end: string;
  label: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** YYYY-MM of a date. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** A calendar month (YYYY-MM) as a period: 2021年10月. */
export function monthPeriod(month: string): Period {
  const [y, m] = parts(`${month}-01`);
  return { start: `${month}-01`, end: `${month}-${pad(daysInMonth(y, m))}`, label: `${y}年${m}月` };
}

/**
 * The school term a date falls in, as 附件2-2's catalogue counts terms (archive/catalogue.ts
 * termOf): 上学期 from August to January, 下学期 from February to July.
 */
export function termPeriod(today: string): Period {
  const [y, m] = parts(today);
  if (m >= 8) return { start: `${y}-08-01`, end: `${y + 1}-01-31`, label: `${y}-${y + 1}学年上学期` };
  if (m === 1) return { start: `${y - 1}-08-01`, end: `${y}-01-31`, label: `${y - 1}-${y}学年上学期` };
  return { start: `${y}-02-01`, end: `${y}-07-31`, label: `${y - 1}-${y}学年下学期` };
}

/** The months of a period (YYYY-MM), in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let [y, m] = parts(p.start);
  const last = monthOf(p.end);
  for (let month = `${y}-${pad(m)}`; month <= last; month = `${y}-${pad(m)}`) {
    out.push(month);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Whether a date lies in a period (an empty or partial date never does). */
export const inPeriod = (date: string, p: Period): boolean => ISO.test(date) && date >= p.start && date <= p.end;

/** Days of the month left from `today`, today included (the last day of a month has 1). */
export function daysLeftInMonth(today: string): number {
  const [y, m, d] = parts(today);
  return daysInMonth(y, m) - d + 1;
}

/** Complete visits in a period, by child id. */
export function visitCounts(visits: readonly CountedVisit[], p: Period): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of visits) if (v.complete && inPeriod(v.date, p)) out.set(v.childId, (out.get(v.childId) ?? 0) + 1);
  return out;
}

export interface Shortfall<C> {
  child: C;
  /** Complete visits this month. */
  count: number;
  /** Visits still needed this month. */
  missing: number;
}

/**
 * The 送教上门 children with fewer than two complete visits in the month of `today`, in the
 * order given, with the count so far.
 */
export function belowMonthly<C extends { id: string }>(children: readonly C[], visits: readonly CountedVisit[], today: string): Shortfall<C>[] {
  const counts = visitCounts(visits, monthPeriod(monthOf(today)));
  return children
    .map((child) => ({ child, count: counts.get(child.id) ?? 0 }))
    .filter((x) => x.count < VISITS_PER_MONTH)
    .map((x) => ({ ...x, missing: VISITS_PER_MONTH - x.count }));
}
