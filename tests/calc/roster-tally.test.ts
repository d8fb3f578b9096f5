import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import {
  AGE_COLUMNS,
  birthOf,
  countedAge,
  isCounted,
  childAge,
  NO_VILLAGE,
  sumCheck,
  tally11,
  tallyByVillage,
  TOTAL_ROW,
  type RosterChild,
} from '../../src/calc/roster-tally';
import { CATEGORIES, STATUS_TAXONOMY, type Category } from '../../src/forms/vocabulary';
import { makeRng, randomIsoDate, shuffle, type Rng } from './helpers/prng';

const REF = '2021-08-31';

const used = new Set<string>();
/** A valid ID number for a birth date, never handed out twice; `male` picks the 17th digit's parity. */
function idFor(birth: string, male = true): string {
  for (let serial = 0; serial < 100; serial++) {
    const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}${male ? 1 : 2}`;
    const id = body + checkDigit(body);
    if (!used.has(id)) return used.add(id), id;
  }
  throw new Error(`ran out of sequence numbers for ${birth}`);
}

/** A birth date that makes the child exactly `age` on REF (2021-08-31). */
function birthForAge(rng: Rng, age: number): string {
  const y = 2021 - age;
  return randomIsoDate(rng, Date.UTC(y - 1, 8, 1), Date.UTC(y, 7, 31));
}

interface Expected {
  total: number;
  byCategory: Record<Category, number>;
  unclassified: number;
  relocated: number;
  disabled: number;
  outOfRange: number;
  undated: number;
  duplicates: string[];
  villages: Map<string, { ages: number[]; relocated: number; disabled: number }>;
}

const VILLAGES = ['东街村', '西街村', '南村', '北村', '城关社区', ''];

/**
 * A roster whose answers are known by construction: every child is made for a chosen
 * village, age, status and flags, and the expected counts are kept while generating.
 */
function generate(seed: number): { children: RosterChild[]; want: Expected } {
  const rng = makeRng(seed);
  const want: Expected = {
    total: 0,
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    unclassified: 0,
    relocated: 0,
    disabled: 0,
    outOfRange: 0,
    undated: 0,
    duplicates: [],
    villages: new Map(),
  };
  const children: RosterChild[] = [];
  for (const village of VILLAGES) {
    for (let age = 6; age <= 15; age++) {
      const n = rng.int(0, 4);
      for (let k = 0; k < n; k++) {
        const birth = birthForAge(rng, age);
        const cat = STATUS_TAXONOMY[rng.int(0, STATUS_TAXONOMY.length - 1)]!;
        // Sometimes the sub-status is stored, sometimes no status at all.
        const pick = rng.int(0, 9);
        const status = pick === 0 ? '' : cat.value;
        const sub = pick > 6 && cat.subs.length ? rng.pick(cat.subs).value : '';
        const relocated = rng.pick(['是', '否', '']);
        const disabled = rng.pick(['是', '否', '']);
        // A third have an unusable ID number but a typed birth date, which then decides.
        const byTyped = rng.int(0, 2) === 0;
        children.push({
          idNumber: byTyped ? '6105262' : idFor(birth, rng.int(0, 1) === 1),
          birth: byTyped ? birth : rng.pick([birth, '']),
          village: village === '' ? rng.pick(['', '  ']) : rng.pick([village, ` ${village}`]),
          status,
          sub,
          relocated,
          disabled,
        });
        want.total++;
        if (status) want.byCategory[cat.value]++;
        else want.unclassified++;
        const row = want.villages.get(village || NO_VILLAGE) ?? { ages: Array(10).fill(0), relocated: 0, disabled: 0 };
        row.ages[age - 6]++;
        if (relocated === '是') (want.relocated++, row.relocated++);
        if (disabled === '是') (want.disabled++, row.disabled++);
        want.villages.set(village || NO_VILLAGE, row);
      }
    }
  }
  // Too young or too old: left out of every count but outOfRange.
  for (let k = rng.int(3, 8); k > 0; k--) {
    const age = rng.pick([0, 3, 5, 16, 17, 20]);
    children.push({ idNumber: idFor(birthForAge(rng, age)), village: rng.pick(VILLAGES), status: '县域内实际就读', relocated: '是', disabled: '是' });
    want.outOfRange++;
  }
  // No usable birth date at all.
  for (let k = rng.int(1, 4); k > 0; k--) {
    children.push({ idNumber: rng.pick(['', '123', '61052620100230123X']), birth: rng.pick(['', '2010-02-30', '去年']), village: '东街村', status: '县域内实际就读' });
    want.undated++;
  }
  // The same child entered twice (both rows counted), and an adult typed once with the old
  // 15-digit number and once with the 18-digit one.
  const twice = children.find((c) => typeof c.idNumber === 'string' && c.idNumber.length === 18 && c.birth === '')!;
  children.push({ ...twice });
  want.total++;
  const cat = CATEGORIES.find((c) => c === twice.status) ?? null;
  if (cat) want.byCategory[cat]++;
  else want.unclassified++;
  if (twice.relocated === '是') want.relocated++;
  if (twice.disabled === '是') want.disabled++;
  const v = want.villages.get(String(twice.village).trim() || NO_VILLAGE)!;
  v.ages[childAge(twice, REF)! - 6]++;
  if (twice.relocated === '是') v.relocated++;
  if (twice.disabled === '是') v.disabled++;
  // The old number on a child's row is not the child's (it would make a 21-year-old): no
  // age can be told from it; the 18-digit one is simply too old.
  children.push({ idNumber: '610526991231011' }, { idNumber: '610526199912310112' });
  want.outOfRange += 1;
  want.undated += 1;
  want.duplicates = [String(twice.idNumber), '610526199912310112'].sort();
  return { children: shuffle(rng, children), want };
}

describe('tally11 on generated rosters', () => {
  for (const seed of [1, 2, 3, 20211019, 42]) {
    it(`seed ${seed}: counts what was generated`, () => {
      const { children, want } = generate(seed);
      const t = tally11(children, REF);
      expect(t.total).toBe(want.total);
      expect(t.byCategory).toEqual(want.byCategory);
      expect(t.unclassified).toBe(want.unclassified);
      expect(t.relocated).toBe(want.relocated);
      expect(t.disabled).toBe(want.disabled);
      expect(t.outOfRange).toBe(want.outOfRange);
      expect(t.undated).toBe(want.undated);
      expect(t.duplicates).toEqual(want.duplicates);
      // Every row lands in exactly one bucket.
      expect(t.total + t.outOfRange + t.undated).toBe(children.length);
      expect(sumCheck(Object.values(t.byCategory), t.total)).toBe(-t.unclassified);
    });

    it(`seed ${seed}: villages and ages add up to the same total`, () => {
      const { children, want } = generate(seed);
      const { rows, totals } = tallyByVillage(children, REF);
      const byName = new Map(rows.map((r) => [r.village, r]));
      expect(new Set(byName.keys())).toEqual(new Set(want.villages.keys()));
      for (const [name, w] of want.villages) {
        const r = byName.get(name)!;
        expect(r.ages).toEqual(w.ages);
        expect(r.total).toBe(w.ages.reduce((a, b) => a + b, 0));
        expect(r.relocated).toBe(w.relocated);
        expect(r.disabled).toBe(w.disabled);
      }
      expect(totals.village).toBe(TOTAL_ROW);
      expect(rows.reduce((s, r) => s + r.total, 0)).toBe(tally11(children, REF).total);
      expect(totals.total).toBe(tally11(children, REF).total);
      expect(totals.ages.reduce((a, b) => a + b, 0)).toBe(totals.total);
      expect(totals.relocated).toBe(want.relocated);
      expect(totals.disabled).toBe(want.disabled);
      for (let i = 0; i < AGE_COLUMNS; i++) expect(totals.ages[i]).toBe(rows.reduce((s, r) => s + r.ages[i]!, 0));
    });
  }

  it('does not depend on the order of the roster', () => {
    const { children } = generate(7);
    const a = tally11(children, REF);
    const b = tally11(shuffle(makeRng(8), children), REF);
    expect(b).toEqual(a);
    expect(tallyByVillage(shuffle(makeRng(9), children), REF)).toEqual(tallyByVillage(children, REF));
  });
});

describe('age boundaries on the reference date', () => {
  const one = (birth: string) => tally11([{ idNumber: idFor(birth), status: '县域内实际就读' }], REF);
  it('counts a child turning 6 on the reference date, as 6', () => {
    expect(one('2015-08-31').total).toBe(1);
    expect(tallyByVillage([{ idNumber: idFor('2015-08-31'), village: '东街村' }], REF).rows[0]!.ages[0]).toBe(1);
  });
  it('leaves out a child turning 6 the day after', () => {
    expect(one('2015-09-01')).toMatchObject({ total: 0, outOfRange: 1 });
  });
  it('counts a child turning 16 the day after as 15, and leaves out one turning 16 on the day', () => {
    expect(tallyByVillage([{ idNumber: idFor('2005-09-01'), village: '东街村' }], REF).rows[0]!.ages[9]).toBe(1);
    expect(one('2005-08-31')).toMatchObject({ total: 0, outOfRange: 1 });
  });
  it('takes a leap-day birthday as reached on 1 March', () => {
    expect(tally11([{ birth: '2012-02-29' }], '2018-02-28')).toMatchObject({ total: 0, outOfRange: 1 });
    expect(tally11([{ birth: '2012-02-29' }], '2018-03-01')).toMatchObject({ total: 1 });
  });
});

describe('birth date source', () => {
  it('prefers the ID number over a typed date, and falls back to the typed one', () => {
    const id = idFor('2010-03-15');
    expect(birthOf({ idNumber: id, birth: '2011-01-01' })).toEqual({ birth: '2010-03-15', from: 'id' });
    expect(birthOf({ idNumber: `${id.slice(0, 17)}Z`, birth: '2011-01-01' })).toEqual({ birth: '2011-01-01', from: 'typed' });
    expect(birthOf({ idNumber: '', birth: '2011-13-01' })).toBeNull();
    // Old 15-digit numbers are upgraded, not rejected.
    expect(birthOf({ idNumber: '610526991231011' })).toEqual({ birth: '1999-12-31', from: 'id' });
  });
  it('takes no age from an old 15-digit number that cannot be the child’s (a guardian’s)', () => {
    // Converted, 610526820305123 is a man born 1982: 44 on the reference date of 2026.
    expect(childAge({ idNumber: '610526820305123' }, '2026-08-31')).toBeNull();
    expect(childAge({ idNumber: '610526820305123', birth: '2014-05-01' }, '2026-08-31')).toBe(12);
    expect(tally11([{ idNumber: '610526820305123', birth: '2014-05-01', status: '县域内实际就读' }], '2026-08-31').total).toBe(1);
    // Before 2000 such a number could be a child's, and still converts.
    expect(childAge({ idNumber: '610526891231011' }, '1999-08-31')).toBe(9);
  });
  it('does not depend on the wall clock for births after today', () => {
    // A birth "in the future" relative to a real today is still just a date to compare.
    expect(childAge({ idNumber: idFor('2030-01-01') }, '2040-01-01')).toBe(10);
  });
});

describe('tallyByVillage', () => {
  it('sorts villages by Chinese collation, the blank village last', () => {
    const kids = ['西街村', '', '东街村', '北村', '南村', '城关社区'].map((village) => ({ village, birth: '2012-05-05' }));
    expect(tallyByVillage(kids, REF).rows.map((r) => r.village)).toEqual([
      '北村', '城关社区', '东街村', '南村', '西街村', NO_VILLAGE,
    ]);
  });
  it('merges names that differ only in spaces, and gives an empty table for an empty roster', () => {
    const t = tallyByVillage([{ village: '东街村', birth: '2012-05-05' }, { village: '东 街村 ', birth: '2012-05-05' }], REF);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.total).toBe(2);
    const empty = tallyByVillage([], REF);
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toEqual({ village: TOTAL_ROW, ages: Array(10).fill(0), total: 0, relocated: 0, disabled: 0 });
  });
});

describe('sumCheck', () => {
  it('is the counts’ sum minus the total', () => {
    expect(sumCheck([1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 4], 10)).toBe(0);
    expect(sumCheck([1, 2, 3], 10)).toBe(-4);
    expect(sumCheck([5, 6], 10)).toBe(1);
  });
  it('treats blanks as 0', () => {
    expect(sumCheck([null, undefined, Number.NaN, 2], null)).toBe(2);
    expect(sumCheck([], 0)).toBe(0);
  });
});

describe('roster entries as stored', () => {
  it('accepts entry data as is (any field value type)', () => {
    const data: import('../../src/forms/kit/field').EntryData = { birth: '2012-05-05', status: '死亡', relocated: true, groups: ['孤儿'] };
    // A boolean is not the stored choice '是', so it does not count as relocated.
    expect(tally11([data], REF)).toMatchObject({ total: 1, relocated: 0 });
    expect(tally11([data], REF).byCategory['死亡']).toBe(1);
  });
});

describe('one age rule for every report from the roster', () => {
  it('counts a child with a birth date and 6–15 on the reference date, and says why not otherwise', () => {
    expect(countedAge({ idNumber: idFor('2006-09-01') }, REF)).toEqual({ age: 14 });
    expect(countedAge({ idNumber: idFor('2005-08-31') }, REF)).toEqual({ age: null, why: 'outOfRange' }); // 16
    expect(countedAge({ idNumber: idFor('2015-09-01') }, REF)).toEqual({ age: null, why: 'outOfRange' }); // 5
    expect(countedAge({ idNumber: '' }, REF)).toEqual({ age: null, why: 'undated' });
    expect(countedAge({ birth: '2010-01-01' }, REF)).toEqual({ age: 11 });
    expect(isCounted({ birth: '2010-01-01' }, REF)).toBe(true);
    expect(isCounted({ birth: '2000-01-01' }, REF)).toBe(false);
  });

  it('counts 疑似辍学 in exactly one column of 附件1-1: 其他情况', () => {
    const children: RosterChild[] = [
      { idNumber: idFor('2010-05-05'), status: '其他情况', sub: '疑似辍学' },
      { idNumber: idFor('2010-05-06'), status: '疑似辍学' },
      { idNumber: idFor('2010-05-07'), status: '厌学辍学' },
    ];
    const t = tally11(children, REF);
    expect(t.total).toBe(3);
    expect(t.byCategory['其他情况']).toBe(2);
    expect(t.byCategory['厌学辍学']).toBe(1);
    expect(t.unclassified).toBe(0);
    expect(sumCheck(Object.values(t.byCategory), t.total)).toBe(0);
  });
});
