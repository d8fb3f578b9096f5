// The disabled children of the roster with their assessment and their 送教 visits: the one
// join the page, the home page's list and the 台账 all read, so they name the same children.
import { belowMonthly, daysLeftInMonth, type CountedVisit } from '../../calc/home-teaching';
import type { EntryData } from '../kit/field';
import { HOME_TEACHING, NOT_ASSESSED } from './options';
import { trimmedOf } from '../kit/text-of';

export interface StoredEntry {
  id: string;
  data: EntryData;
  status?: 'draft' | 'complete';
  updatedAt?: number;
}

export interface SpecialChild {
  /** The roster entry. */
  child: StoredEntry;
  /** The 评估与安置 entry, if the school has made one (the latest, if two devices made one each). */
  assessment?: StoredEntry;
  /** 安置方式 as recorded ('' until it is). */
  placement: string;
  /** This child's 送教 visits, by date. */
  visits: StoredEntry[];
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** A roster child counts as disabled when 残疾儿童 says 是 (the roster's own column). */
export const isDisabled = (child: EntryData): boolean => trimmedOf(child.disabled) === '是';

export const childName = (c: SpecialChild): string => trimmedOf(c.child.data.name) || trimmedOf(c.assessment?.data.name);

/** What the placement reads as on the page and in the 台账 (其他 with its own words). */
export function placementText(c: SpecialChild): string {
  if (!c.placement) return NOT_ASSESSED;
  const other = trimmedOf(c.assessment?.data.placementOther);
  return c.placement === '其他' && other ? `其他（${other}）` : c.placement;
}

function byChild(list: readonly StoredEntry[]): Map<string, StoredEntry[]> {
  const out = new Map<string, StoredEntry[]>();
  for (const e of list) {
    const id = trimmedOf(e.data.childId);
    if (id) out.set(id, [...(out.get(id) ?? []), e]);
  }
  return out;
}

/**
 * Every disabled roster child, by name, with its assessment and visits. Assessments and
 * visits of children no longer marked disabled are not lost: `unlisted` counts them.
 */
export function specialChildren(roster: readonly StoredEntry[], assessments: readonly StoredEntry[], visits: readonly StoredEntry[]):
  { children: SpecialChild[]; unlisted: number } {
  const kids = roster.filter((e) => isDisabled(e.data));
  const listed = new Set(kids.map((k) => k.id));
  const assessed = byChild(assessments);
  const visited = byChild(visits);
  const children = kids.map((child) => {
    const assessment = [...(assessed.get(child.id) ?? [])].sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0))[0];
    const own = [...(visited.get(child.id) ?? [])].sort((a, b) => trimmedOf(a.data.date).localeCompare(trimmedOf(b.data.date)));
    return { child, assessment, placement: trimmedOf(assessment?.data.placement), visits: own };
  }).sort((a, b) => collator.compare(childName(a), childName(b)));
  const unlisted = [...assessments, ...visits].filter((e) => !listed.has(trimmedOf(e.data.childId))).length;
  return { children, unlisted };
}

/** The 送教上门 children: those the monthly two are owed to. */
export const homeTaught = (children: readonly SpecialChild[]): SpecialChild[] =>
  children.filter((c) => c.placement === HOME_TEACHING);

/** The visits as the monthly count reads them. */
export const countedVisits = (children: readonly SpecialChild[]): CountedVisit[] =>
  children.flatMap((c) => c.visits.map((v) => ({ childId: c.child.id, date: trimmedOf(v.data.date), complete: v.status === 'complete' })));

export interface DueChild {
  id: string;
  name: string;
  /** Complete visits this month. */
  count: number;
  /** Days of the month left, today included. */
  daysLeft: number;
}

/** 本月未满2次: the 送教上门 children with fewer than two complete visits in today's month. */
export function belowThisMonth(children: readonly SpecialChild[], today: string): DueChild[] {
  const taught = homeTaught(children);
  const left = daysLeftInMonth(today);
  return belowMonthly(taught.map((c) => ({ id: c.child.id, name: childName(c) })), countedVisits(taught), today)
    .map((x) => ({ ...x.child, count: x.count, daysLeft: left }));
}
