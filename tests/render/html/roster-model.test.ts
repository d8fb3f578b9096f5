import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../../src/calc/roster-identity';
import { filterRows, rosterModel } from '../../../src/render/html/roster/model';
import { newEntry } from '../../../src/storage/entry-parse';
import { idFor } from '../../forms/roster-reports-fixture';

describe('the roster list model', () => {
  it('flags repeated numbers and children entered twice among many, as over the whole roster', async () => {
    const birth = (i: number) => `2011-${String(1 + (i % 12)).padStart(2, '0')}-01`;
    const many = Array.from({ length: 300 }, (_, i) =>
      newEntry('roster', { name: `儿童${i}`, idNumber: idFor(birth(i), Math.floor(i / 12)), village: '东街村' }, i));
    // 儿童7 again, the number mistyped (one digit short): the same child, to be merged.
    const typo = newEntry('roster', { name: '儿童7', idNumber: idFor(birth(7), 0).slice(0, 17), birth: birth(7), village: '东街村' }, 400);
    const again = newEntry('roster', { name: '又一个', idNumber: many[9]!.data.idNumber }, 401);
    const all = [...many, typo, again];
    const model = await rosterModel(all, '2021-08-31');
    expect(model.rows).toHaveLength(302);
    expect([...model.dups]).toEqual([many[9]!.data.idNumber]);
    expect(model.twice.map((g) => g.map((e) => e.id))).toEqual([[many[7]!.id, typo.id]]);
    const byId = new Map(all.map((e) => [e.id, e]));
    expect(model.twice).toEqual(likelyDuplicates(model.rows.map((r) => byId.get(r.key)!)));
  });
});

describe('problems on the roster list', () => {
  it('carries each child’s problem text on its row, and 有问题 keeps only those children', async () => {
    const ok = newEntry('roster', { name: '张三', idNumber: idFor('2010-03-15'), village: '东街村', status: '县域内实际就读' }, 1);
    const typo = idFor('2011-04-01', 2);
    const wrong = newEntry('roster', {
      name: '李四', idNumber: `${typo.slice(0, 14)}${typo[14] === '9' ? '0' : '9'}${typo.slice(15)}`, birth: '2011-04-01', village: '东街村',
    }, 2);
    const sex = newEntry('roster', { name: '王五', idNumber: idFor('2012-05-01', 3), sex: '女', village: '东街村' }, 3);
    const model = await rosterModel([ok, wrong, sex], '2021-08-31');
    const byName = Object.fromEntries(model.rows.map((r) => [r.name, r.problems]));
    expect(byName).toEqual({
      张三: [],
      李四: ['身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对'],
      王五: ['性别（女）与身份证号码显示的性别（男）不一致'],
    });
    const f = { q: '', village: '', status: '', band: 'in' as const, duplicatesOnly: false };
    expect(filterRows(model.rows, f, model.dups).map((r) => r.name)).toEqual(['张三', '李四', '王五']);
    expect(filterRows(model.rows, { ...f, problemsOnly: true }, model.dups).map((r) => r.name)).toEqual(['李四', '王五']);
  });
});

describe('a guardian’s old number on a child’s row', () => {
  it('is shown as typed, not as an 18-digit number the child never had, and gives no age', async () => {
    const e = newEntry('roster', { name: '赵六', idNumber: '610526820305123', village: '南村' }, 1);
    const [row] = (await rosterModel([e], '2021-08-31')).rows;
    expect([row!.masked, row!.whole, row!.age, row!.band]).toEqual(['610526******123', '610526820305123', null, 'undated']);
    expect(row!.problems[0]).toContain('像是成年人（如监护人）的号码');
  });
});

describe('a row as the list shows it', () => {
  it('carries the entry\'s key and its status with the sub-status, not the entry, and sorts by village then order of entry', async () => {
    const a = newEntry('roster', { name: '甲', village: '西村', status: '其他情况', sub: ' 出国在外 ' }, 2);
    const b = newEntry('roster', { name: '乙', village: '东村', status: '县域内实际就读' }, 3);
    const c = newEntry('roster', { name: '丙', village: '东村' }, 1);
    const { rows } = await rosterModel([a, b, c], '2021-08-31');
    expect(rows.map((r) => [r.key, r.name, r.statusText])).toEqual([
      [c.id, '丙', ''], [b.id, '乙', '县域内实际就读'], [a.id, '甲', '其他情况 · 出国在外'],
    ]);
    expect(rows.every((r) => !('entry' in r))).toBe(true);
  });
});
