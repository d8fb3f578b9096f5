// 残疾儿童 and 送教 (/special/): the disabled roster children with their assessments and
// visits, and the entries the page makes for them. Reads go through readParsed like every
// list; new entries are saved at once, so a reload on the editor finds them.
import {
  belowThisMonth, disability, disabilityPrefill, HOME_TEACHING, homeTeaching, specialChildren, visitPrefill, type DueChild, type SpecialChild,
} from '../forms/special-education';
import { presetData } from '../forms/kit/defaults';
import { getEntry, readParsed } from './entries';
import { newEntry } from './entry-parse';
import { saveEntry } from './entry-write';
import type { Entry } from './entry';
import { loadSettings } from './settings';

export interface SpecialList {
  children: SpecialChild[];
  /** Assessments and visits of children the roster no longer marks as disabled (kept, not listed). */
  unlisted: number;
  /** Stored rows of the three forms that no longer parse. */
  unreadable: number;
}

export async function loadSpecial(): Promise<SpecialList> {
  const [roster, assessments, visits] = await Promise.all([readParsed('roster'), readParsed(disability.id), readParsed(homeTeaching.id)]);
  const { children, unlisted } = specialChildren(roster.entries, assessments.entries, visits.entries);
  return { children, unlisted, unreadable: roster.unreadable.length + assessments.unreadable.length + visits.unreadable.length };
}

/**
 * 本月未满2次 for the home page. The roster (a county's 20,000 children) is read only when
 * some child is placed 送教上门, which most schools' devices never record.
 */
export async function loadDue(today: string): Promise<DueChild[]> {
  const { entries } = await readParsed(disability.id);
  if (!entries.some((e) => e.data.placement === HOME_TEACHING)) return [];
  return belowThisMonth((await loadSpecial()).children, today);
}

async function rosterChild(childId: string): Promise<Entry> {
  const child = await getEntry(childId);
  if (!child || child.formId !== 'roster') throw new Error('找不到这名儿童（可能已从花名册删除）。');
  return child;
}

// One creation at a time per child: a double tap must open one assessment, not make two.
const making = new Map<string, Promise<Entry>>();

/** The child's 评估与安置 entry: the latest stored, or a new one copied from the roster child. */
export function assessmentFor(childId: string): Promise<Entry> {
  const run = async () => {
    const { entries } = await readParsed(disability.id);
    const found = entries.find((e) => e.data.childId === childId); // newest first
    if (found) return found;
    const child = await rosterChild(childId);
    return saveEntry(newEntry(disability.id, { ...disabilityPrefill(child.data), childId }));
  };
  const next = (making.get(childId) ?? Promise.resolve()).catch(() => {}).then(run);
  making.set(childId, next);
  return next;
}

/** A new 送教 visit for the child, dated `today` (the form's preset), saved before it is typed into. */
export async function newVisit(childId: string, today: string): Promise<Entry> {
  const child = await rosterChild(childId);
  const preset = presetData(homeTeaching, await loadSettings(), today);
  return saveEntry(newEntry(homeTeaching.id, { ...preset, ...visitPrefill(child.data), childId }));
}
