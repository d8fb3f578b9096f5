import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import {
  dedupe, normalizeIdKey, PENDING_NOTE, personKey, recheck, rosterDataFor, type Person, type RosterPerson,
} from '../../src/calc/recheck';
import { tally11 } from '../../src/calc/roster-tally';

const REF = '2021-08-31';
function idFor(birth: string, serial: number, male = true): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}${male ? 1 : 2}`;
  return body + checkDigit(body);
}
/** An ID whose check character is X (serial searched). */
function idEndingX(birth: string): string {
  for (let s = 0; s < 100; s++) {
    const id = idFor(birth, s);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X');
}
const kid = (name: string, birth: string, serial: number, extra: Partial<Person> = {}): Person =>
  ({ name, idNumber: idFor(birth, serial), ...extra });
const onRoster = (p: Person, status = '县域内实际就读', id = `r-${p.name}`): RosterPerson =>
  ({ ...p, id, status });

describe('normalizeIdKey', () => {
  it('folds lower-case and full-width x, full-width digits and spaces', () => {
    const id = idEndingX('2010-03-15');
    const lower = ` ${id.slice(0, 17)}x `;
    const wide = id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('X', 'ｘ');
    expect(normalizeIdKey(lower)).toBe(id);
    expect(normalizeIdKey(wide)).toBe(id);
    expect(normalizeIdKey('')).toBe('');
  });
});

describe('recheck', () => {
  it('an ID with a lower-case x matches the roster child with X', () => {
    const id = idEndingX('2010-03-15');
    const huji = [{ name: '张三', idNumber: `${id.slice(0, 17)}x` }];
    const roster = [onRoster({ name: '张三', idNumber: id })];
    const r = recheck(huji, huji, roster, REF);
    expect(r.toAdd).toEqual([]);
    expect(r.notInHuji).toEqual([]);
    expect(r.counts.matched).toBe(1);
  });

  it('a child with no ID in the 户籍 list is matched by name and birth date only', () => {
    const roster = [onRoster(kid('李 四', '2012-07-01', 2))];
    const huji = [{ name: '李四', idNumber: '', birth: '2012-07-01' }];
    const r = recheck(huji, [], roster, REF);
    expect(r.toAdd).toEqual([]);
    expect(r.notInHuji).toEqual([]);
    // Not in 学籍 but the roster has a status: not 待核查.
    expect(r.pending).toEqual([]);
  });

  it('a mistyped ID on the roster is matched by name and birth; two valid different IDs are not', () => {
    const good = kid('王五', '2009-05-05', 3);
    const typo = { ...good, birth: '2009-05-05', idNumber: good.idNumber.slice(0, 17) + (good.idNumber.endsWith('1') ? '2' : '1') };
    expect(recheck([good], [], [onRoster(typo)], REF).toAdd).toEqual([]);
    // Same name and birth, another valid number: a second registration, listed in both groups.
    const other = kid('王五', '2009-05-05', 4);
    const r = recheck([good], [], [onRoster(other)], REF);
    expect(r.toAdd.map((x) => x.person.name)).toEqual(['王五']);
    expect(r.notInHuji.map((x) => x.name)).toEqual(['王五']);
  });

  it('a duplicate ID in the 户籍 list is one child, reported as a repeat', () => {
    const a = kid('赵六', '2011-11-11', 5, { row: 2 });
    const again = { ...a, idNumber: a.idNumber.toLowerCase(), row: 9 };
    const r = recheck([a, again], [], [], REF);
    expect(r.counts.huji).toBe(1);
    expect(r.toAdd).toHaveLength(1);
    expect(r.pending).toHaveLength(1);
    expect(r.repeats.huji).toEqual([{ person: again, firstRow: 2 }]);
    expect(dedupe([a, again]).people).toEqual([a]);
  });

  it('待核查: school age, not in 学籍, no status on the roster; out of age or in 学籍 are not', () => {
    const inSchool = kid('在读', '2010-01-01', 1);
    const noStatus = kid('无状态', '2010-01-02', 2);
    const notOnRoster = kid('未登记', '2010-01-03', 3);
    const tooOld = kid('超龄', '2004-01-01', 4); // 17 on the reference date
    const withStatus = kid('有状态', '2010-01-04', 5);
    const undated = { name: '无生日', idNumber: '610526200809090310' }; // check digit wrong, no birth column
    const roster = [onRoster(inSchool), onRoster(noStatus, ''), onRoster(withStatus, '县域外就读')];
    const r = recheck([inSchool, noStatus, notOnRoster, tooOld, withStatus, undated], [inSchool], roster, REF);
    // An unknown age is kept: the police list is of children 6–15.
    expect(r.pending.map((x) => x.person.name)).toEqual(['无状态', '未登记', '无生日']);
    expect(r.pending[2]!.age).toBeNull();
    // A guardian's old 15-digit number gives no age either (the roster's rule), so the child stays.
    const guardian = { name: '监护人号', idNumber: '610526991231011' };
    expect(recheck([guardian], [inSchool], [], REF).pending.map((x) => x.age)).toEqual([null]);
    expect(r.toAdd.map((x) => x.person.name)).toEqual(['未登记', '超龄', '无生日']);
    expect(r.pending[0]!.roster?.id).toBe('r-无状态');
  });

  it('学籍 children not in 户籍 come from elsewhere; a 学籍 row matched by name + birth is not', () => {
    const local = kid('本地', '2011-02-02', 1);
    const visitor = kid('外地', '2011-03-03', 2);
    const r = recheck([local], [{ name: '本地', idNumber: '', birth: '2011-02-02' }, visitor], [], REF);
    expect(r.fromElsewhere.map((p) => p.name)).toEqual(['外地']);
    expect(r.pending).toEqual([]);
  });

  it('80 in 户籍, 75 on the roster: the four groups hold exactly the children that differ', () => {
    const huji = Array.from({ length: 80 }, (_, i) => kid(`户${i}`, `2010-0${(i % 9) + 1}-1${i % 9}`, i));
    // The roster: 70 of them, and 5 who moved away.
    const moved = Array.from({ length: 5 }, (_, i) => kid(`迁${i}`, '2012-06-06', i));
    const roster = [...huji.slice(0, 70).map((p) => onRoster(p)), ...moved.map((p) => onRoster(p))];
    // 学籍: all but four of the ten missing from the roster, and three from elsewhere.
    const guests = Array.from({ length: 3 }, (_, i) => kid(`外${i}`, '2013-03-03', i));
    const xueji = [...huji.slice(0, 76), ...guests];
    const r = recheck(huji, xueji, roster, REF);
    expect(r.toAdd.map((x) => x.person.name)).toEqual(huji.slice(70).map((p) => p.name));
    expect(r.notInHuji.map((p) => p.name)).toEqual(moved.map((p) => p.name));
    expect(r.pending.map((x) => x.person.name)).toEqual(huji.slice(76).map((p) => p.name));
    expect(r.fromElsewhere.map((p) => p.name)).toEqual(guests.map((p) => p.name));

    // Adding the 待核查 ones changes 附件1-1's 共计 by exactly that many.
    const before = tally11(roster, REF);
    const added = r.pending.map(rosterDataFor);
    const after = tally11([...roster, ...added], REF);
    expect(after.total - before.total).toBe(4);
    expect(after.unclassified - before.unclassified).toBe(4);
    expect(added[0]).toMatchObject({ status: '', note: PENDING_NOTE, name: '户76' });
  });

  it('personKey: ID, else name + birth, else the name', () => {
    const id = idFor('2010-03-15', 1);
    expect(personKey({ name: '甲', idNumber: id.toLowerCase() })).toBe(`id:${id}`);
    expect(personKey({ name: '甲 ', idNumber: '', birth: '2010-03-15' })).toBe('nb:甲|2010-03-15');
    expect(personKey({ name: '甲', idNumber: '' })).toBe('name:甲');
  });
});
