// When two roster records with different ID numbers are one child. A clerk corrects a
// mistyped ID number in Excel and imports the roster again: the corrected number must meet
// the earlier invalid one instead of adding the child twice. And a child entered twice under
// two numbers is found, for the user to merge.
import type { EntryData } from '../forms/kit/field';
import { isEmpty } from '../forms/kit/kinds';
import { birthOf, normalizedId } from './roster-tally';
import { trimmedOf } from '../forms/kit/text-of';

const squeeze = (s: string) => s.replace(/\s+/gu, '');

export interface Identity {
  name: string;
  /** The normalized number when it is valid, else null. */
  id: string | null;
  /** The number as stored (upper case, no spaces), '' when there is none. */
  text: string;
  /** From a valid ID number, else the typed birth date; '' when neither. */
  birth: string;
  village: string;
}

/** The name as compared: cheap, so that only namesakes are looked at closer. */
export const nameKey = (d: EntryData) => squeeze(trimmedOf(d.name));

export function identityOf(d: EntryData): Identity {
  const id = normalizedId(d);
  return {
    name: nameKey(d),
    id,
    text: id ?? squeeze(trimmedOf(d.idNumber)).toUpperCase(),
    birth: id ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : (birthOf(d)?.birth ?? ''),
    village: squeeze(trimmedOf(d.village)),
  };
}

/**
 * Why two records may be one child: the same name and birth date, or the same name and
 * village where the birth dates do not disagree. Null when neither holds.
 */
export function agreement(a: Identity, b: Identity): 'birth' | 'village' | null {
  if (!a.name || a.name !== b.name) return null;
  if (a.birth && b.birth) return a.birth === b.birth ? 'birth' : null;
  return a.village && a.village === b.village ? 'village' : null;
}

export const AGREEMENT_TEXT = { birth: '姓名、出生日期相同', village: '姓名、村委会相同' } as const;

/**
 * Children entered more than once under different ID numbers (one of them invalid or
 * missing, or two valid ones with the same name and birth date): groups of two or more, in
 * the order given. The same number twice is not here: that is the 身份证重复 flag.
 */
export function likelyDuplicates<T extends { data: EntryData }>(entries: readonly T[]): T[][] {
  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const name = nameKey(e.data);
    if (!name) return;
    const group = byName.get(name);
    if (group) group.push(i);
    else byName.set(name, [i]);
  });
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const ids = group.map((i) => identityOf(entries[i]!.data));
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++)
        if (ids[x]!.text !== ids[y]!.text && agreement(ids[x]!, ids[y]!)) parent[root(group[y]!)] = root(group[x]!);
  }
  const clusters = new Map<number, T[]>();
  entries.forEach((e, i) => {
    const r = root(i);
    const c = clusters.get(r);
    if (c) c.push(e);
    else clusters.set(r, [e]);
  });
  return [...clusters.values()].filter((c) => c.length > 1);
}

interface ChildRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  data: EntryData;
}

/**
 * Several records of one child made one. The chosen record's filled fields (its ID number
 * above all) win; the others fill what it leaves blank, the most recently edited first;
 * differing notes are all kept. The oldest record survives, so its place in the list and
 * whatever refers to it (2-1 evidence, 附件4) stay; the others are to be deleted.
 */
export function mergePlan<T extends ChildRecord>(members: readonly T[], chosenId: string): { kept: T; others: string[] } {
  const chosen = members.find((m) => m.id === chosenId);
  if (!chosen) throw new RangeError(`mergePlan: ${chosenId} is not among the records`);
  const oldest = members.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
  const rest = members.filter((m) => m !== chosen).sort((a, b) => b.updatedAt - a.updatedAt);
  const data: EntryData = { ...chosen.data };
  const notes = [trimmedOf(chosen.data.note)];
  for (const o of rest) {
    for (const [k, v] of Object.entries(o.data)) if (isEmpty(data[k]) && !isEmpty(v)) data[k] = v;
    notes.push(trimmedOf(o.data.note));
  }
  data.note = [...new Set(notes.filter(Boolean))].join('；');
  return { kept: { ...oldest, data }, others: members.filter((m) => m !== oldest).map((m) => m.id) };
}
