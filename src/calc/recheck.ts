/**
 * 入学再核查 (notice 三（六）): the police's 户籍 list of children 6–15 and the 学籍 list of the
 * student registry system, matched against the roster. Pure: the page reads the lists and the
 * roster, this says which children differ.
 *
 * A person is matched by ID number first (normalised: trimmed, full-width digits and a
 * lower-case or full-width x folded, an old 15-digit number upgraded when it is valid), then,
 * when no ID matches, by name + birth date (the birth date from a valid ID, else the typed one).
 */
import { inSchoolAgeRange } from './age';
import { isRealDate } from './calendar';
import { parseIdNumber } from './idcard';
import { normalizeName } from './names';
import { childAge } from './roster-tally';

/** A child as a list or the roster gives it. */
export interface Person {
  name: string;
  idNumber: string;
  /** YYYY-MM-DD when the list has a birth-date column; the ID number's wins when valid. */
  birth?: string;
  sex?: string;
  village?: string;
  school?: string;
  grade?: string;
  /** 1-based row of the imported file, to find it in Excel. */
  row?: number;
}

/** A roster child: its entry id and schooling status too. */
export interface RosterPerson extends Person {
  id: string;
  status: string;
}

const NO_FUTURE_LIMIT = new Date(9999, 11, 31);

/** The ID number as compared: '' when empty. An invalid number is compared as typed, folded. */
export function normalizeIdKey(raw: string): string {
  const s = (raw ?? '')
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060]+/gu, '')
    .toUpperCase();
  if (!s) return '';
  const r = parseIdNumber(s, NO_FUTURE_LIMIT);
  return r.ok ? r.id : s;
}

const validId = (raw: string) => parseIdNumber((raw ?? '').normalize('NFKC').trim(), NO_FUTURE_LIMIT).ok;

const isIso = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

/** Birth date from a valid ID number, else the typed one, else ''. */
export function birthOfPerson(p: Pick<Person, 'idNumber' | 'birth'>): string {
  const r = parseIdNumber((p.idNumber ?? '').normalize('NFKC').trim(), NO_FUTURE_LIMIT);
  if (r.ok) return r.birth;
  const typed = (p.birth ?? '').trim();
  return isIso(typed) ? typed : '';
}

/** Name + birth date, or '' when either is missing (never matched on a name alone). */
export function nameBirthKey(p: Pick<Person, 'name' | 'idNumber' | 'birth'>): string {
  const name = normalizeName(p.name ?? '');
  const birth = birthOfPerson(p);
  return name && birth ? `${name}|${birth}` : '';
}

/** The key a person is known by in marks (已核查): the ID number, else name + birth, else the name. */
export function personKey(p: Pick<Person, 'name' | 'idNumber' | 'birth'>): string {
  const id = normalizeIdKey(p.idNumber);
  if (id) return `id:${id}`;
  const nb = nameBirthKey(p);
  return nb ? `nb:${nb}` : `name:${normalizeName(p.name ?? '')}`;
}

/** An index of people by ID and by name + birth, for matching another list against them. */
class Index<T extends Person> {
  private byId = new Map<string, T[]>();
  private byNameBirth = new Map<string, T[]>();
  constructor(readonly people: readonly T[]) {
    for (const p of people) {
      const id = normalizeIdKey(p.idNumber);
      if (id) push(this.byId, id, p);
      const nb = nameBirthKey(p);
      if (nb) push(this.byNameBirth, nb, p);
    }
  }
  /** The person matched: by ID; without one, by name + birth among those whose ID differs or is empty. */
  find(p: Person, taken?: Set<T>): { match: T; by: 'id' | 'nameBirth' } | null {
    const id = normalizeIdKey(p.idNumber);
    const free = (q: T) => !taken || !taken.has(q);
    const byId = id ? this.byId.get(id)?.find(free) : undefined;
    if (byId) return { match: byId, by: 'id' };
    // Two valid, different ID numbers are two registrations (多重户籍 to check), never one child.
    const valid = validId(p.idNumber);
    const nb = nameBirthKey(p);
    const byNb = nb ? this.byNameBirth.get(nb)?.find((q) => free(q) && !(valid && validId(q.idNumber))) : undefined;
    return byNb ? { match: byNb, by: 'nameBirth' } : null;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * A list with its repeats taken out: the same ID number (or, without one, the same name and
 * birth date) twice is one child, listed once, the later rows reported.
 */
export function dedupe<T extends Person>(list: readonly T[]): { people: T[]; repeats: { person: T; firstRow?: number }[] } {
  const seen = new Map<string, T>();
  const people: T[] = [];
  const repeats: { person: T; firstRow?: number }[] = [];
  for (const p of list) {
    const id = normalizeIdKey(p.idNumber);
    const key = id ? `id:${id}` : nameBirthKey(p) ? `nb:${nameBirthKey(p)}` : '';
    const first = key ? seen.get(key) : undefined;
    if (first) {
      repeats.push({ person: p, firstRow: first.row });
      continue;
    }
    if (key) seen.set(key, p);
    people.push(p);
  }
  return { people, repeats };
}

export interface HujiRow {
  person: Person;
  /** The roster child it is, if any. */
  roster: RosterPerson | null;
  /** How it was matched to the roster. */
  by: 'id' | 'nameBirth' | null;
  /** The 学籍 row it is, if any. */
  xueji: Person | null;
  /** 周岁 on the reference date, or null without a birth date. */
  age: number | null;
}

export interface RecheckResult {
  /** 户籍 children not on the roster: to add. */
  toAdd: HujiRow[];
  /** Roster children not in the 户籍 list: left the area, or 多重户籍 to check. */
  notInHuji: RosterPerson[];
  /**
   * 户籍 children of school age (6–15 on the reference date, or of unknown age) not in the 学籍 list and without a
   * schooling status on the roster (not on it, or its 就学状态 empty): 待核查.
   */
  pending: HujiRow[];
  /** 学籍 children not in the 户籍 list: from elsewhere. */
  fromElsewhere: Person[];
  /** Repeated rows of each list (one child twice), counted once. */
  repeats: { huji: { person: Person; firstRow?: number }[]; xueji: { person: Person; firstRow?: number }[] };
  /** Children in each list once repeats are taken out. */
  counts: { huji: number; xueji: number; roster: number; matched: number };
}

/** The four groups of 入学再核查. `refDate` is the age reference date of the settings. */
export function recheck(
  hujiList: readonly Person[],
  xuejiList: readonly Person[],
  rosterList: readonly RosterPerson[],
  refDate: string,
): RecheckResult {
  const huji = dedupe(hujiList);
  const xueji = dedupe(xuejiList);
  const rosterIndex = new Index(rosterList);
  const xuejiIndex = new Index(xueji.people);

  // Each roster child and each 学籍 row is one person: once taken by a 户籍 row it is not
  // taken again (two 户籍 rows with the same name and birth are two children).
  const rosterTaken = new Set<RosterPerson>();
  const xuejiTaken = new Set<Person>();
  // ID matches first across the whole list, so a name + birth match never takes the roster
  // child another row matches by its ID number.
  const rows: HujiRow[] = huji.people.map((person) => ({ person, roster: null, by: null, xueji: null, age: ageOf(person, refDate) }));
  for (const pass of ['id', 'nameBirth'] as const) {
    for (const r of rows) {
      if (!r.roster) {
        const m = rosterIndex.find(r.person, rosterTaken);
        if (m && m.by === pass) {
          r.roster = m.match;
          r.by = m.by;
          rosterTaken.add(m.match);
        }
      }
      if (!r.xueji) {
        const x = xuejiIndex.find(r.person, xuejiTaken);
        if (x && x.by === pass) {
          r.xueji = x.match;
          xuejiTaken.add(x.match);
        }
      }
    }
  }

  const toAdd = rows.filter((r) => !r.roster);
  const notInHuji = rosterList.filter((c) => !rosterTaken.has(c));
  const pending = rows.filter(
    // An age that cannot be read (a broken ID number, no birth date) keeps the child in: the
    // police list is of children 6–15, and leaving such a child out would hide it.
    (r) => (r.age === null || inSchoolAgeRange(r.age)) && !r.xueji && !(r.roster?.status ?? '').trim(),
  );
  const fromElsewhere = xueji.people.filter((p) => !xuejiTaken.has(p));
  return {
    toAdd,
    notInHuji,
    pending,
    fromElsewhere,
    repeats: { huji: huji.repeats, xueji: xueji.repeats },
    counts: { huji: huji.people.length, xueji: xueji.people.length, roster: rosterList.length, matched: rosterTaken.size },
  };
}

/** The roster's own age rule (roster-tally childAge): a guardian's old 15-digit number gives no age. */
function ageOf(p: Person, refDate: string): number | null {
  return isIso(refDate) ? childAge(p, refDate) : null;
}

/** The four groups as the page and the workbook name them, in the order. */
export const GROUPS = [
  { key: 'toAdd', title: '户籍有、花名册无', hint: '待补入花名册' },
  { key: 'notInHuji', title: '花名册有、户籍无', hint: '已迁出或多重户籍，待核实' },
  { key: 'pending', title: '户籍有、学籍无、无就学状态', hint: '待核查：适龄未入学的儿童' },
  { key: 'fromElsewhere', title: '学籍有、户籍无', hint: '外地户籍在本地就读' },
] as const;
export type GroupKey = (typeof GROUPS)[number]['key'];

/** The note a child added from the recheck carries on the roster until it is classified. */
export const PENDING_NOTE = '待核查（入学再核查）';

/**
 * The roster data of a 户籍 child added from the recheck. Its 就学状态 stays empty: not being in
 * the 学籍 list does not make a child a 疑似辍学 (most study outside the county or are in a
 * kindergarten); 附件1-1 counts it in 共计 and shows it as not yet classified until the school
 * has checked it. School and grade come from the 学籍 row when there is one.
 */
export function rosterDataFor(r: Pick<HujiRow, 'person' | 'xueji'>): Record<string, string> {
  const p = r.person;
  const idNumber = normalizeIdKey(p.idNumber);
  const parsed = parseIdNumber(idNumber, NO_FUTURE_LIMIT);
  return {
    name: normalizeName(p.name),
    idNumber,
    sex: parsed.ok ? parsed.sex : (p.sex ?? ''),
    birth: birthOfPerson(p),
    village: p.village ?? '',
    school: r.xueji?.school || p.school || '',
    grade: r.xueji?.grade || p.grade || '',
    status: '',
    note: PENDING_NOTE,
  };
}
