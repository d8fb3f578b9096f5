import { describe, expect, it } from 'vitest';
import { roster } from '../../src/forms/roster';
import { rowsToChildren } from '../../src/io/roster-import/rows';
import { CHUNK_ROWS, convertRows, matchKey, planRosterImport, planRosterImportInSlices } from '../../src/io/roster-plan';
import type { Entry } from '../../src/storage/entry';
import { idFor } from '../forms/roster-reports-fixture';

const MAPPING = { 0: 'name', 1: 'idNumber', 2: 'village', 3: 'status', 4: 'school' } as const;
const file = [
  ['张三', idFor('2010-03-15'), '东街村', '在校', '城关小学'],
  ['李四', idFor('2012-07-01', 2, false), '西街村', '', ''],
  ['', '', '西街村', '在校', ''],
  ['王五', '', '东街村', '在校', ''],
  ['赵六', idFor('2009-01-01', 3), '南村', '厌学', ''],
  ['赵六', idFor('2009-01-01', 3), '南村', '多重户籍', ''],
];
const read = () => rowsToChildren(file, MAPPING, { firstRow: 2, ageRef: '2021-08-31' });

describe('planRosterImport', () => {
  it('adds every child of a new file, keeping its order, and lists the rejected rows', () => {
    const plan = planRosterImport([], read(), 1000);
    expect(plan.counts).toMatchObject({ new: 5, updated: 0, unchanged: 0, rejected: 1 });
    expect(plan.rows.find((r) => r.action === 'rejected')!.row.rowNumber).toBe(4);
    expect(plan.writes.map((e) => e.data.name)).toEqual(['张三', '李四', '王五', '赵六', '赵六']);
    expect(plan.writes.map((e) => e.createdAt)).toEqual([1000, 1001, 1003, 1004, 1005]);
    expect(plan.writes.every((e) => e.formId === 'roster')).toBe(true);
  });

  it('plans the same in slices as at once: the page may go on between them', async () => {
    const first = planRosterImport([], read(), 1000).writes;
    const edited = read().map((r) => (r.data.name === '张三' ? { ...r, data: { ...r.data, status: '县域外就读' } } : r));
    const atOnce = planRosterImport(first, edited, 5000);
    const sliced = await planRosterImportInSlices(first, edited, 5000);
    expect(sliced.counts).toEqual(atOnce.counts);
    expect(sliced.counts).toMatchObject({ updated: 1, unchanged: 4 });
    expect(sliced.writes).toEqual(atOnce.writes);
    expect(sliced.rows.map((r) => r.action)).toEqual(atOnce.rows.map((r) => r.action));
  });

  it('changes nothing when the same file comes again, and updates a child by its ID number', () => {
    const first = planRosterImport([], read(), 1000).writes;
    expect(planRosterImport(first, read()).counts).toMatchObject({ new: 0, updated: 0, unchanged: 5 });

    const edited = first.map((e): Entry => (e.data.name === '李四' ? { ...e, data: { ...e.data, parent: '李明' } } : e));
    const again = rowsToChildren([['李四', idFor('2012-07-01', 2, false), '西街村', '在校', '城关小学']], MAPPING, { firstRow: 2 });
    const plan = planRosterImport(edited, again, 5000);
    expect(plan.counts).toMatchObject({ new: 0, updated: 1 });
    const li = plan.writes[0]!;
    expect(li.id).toBe(first[1]!.id);
    // What the file says wins; what it leaves blank (家长姓名) keeps its value.
    expect([li.data.status, li.data.school, li.data.parent, li.updatedAt]).toEqual(['县域内实际就读', '城关小学', '李明', 5000]);
    expect(li.status).toBe('complete');
    expect(roster.check(li.data)).toEqual({});
  });

  it('matches by the normalized number, an old 15-digit one included, else by the text, else by name', () => {
    const id = idFor('1999-12-31');
    const old15 = id.slice(0, 6) + id.slice(8, 17);
    expect(matchKey({ idNumber: old15 })).toBe(matchKey({ idNumber: id }));
    expect(matchKey({ idNumber: '12345x' })).toBe('raw:12345X');
    expect(matchKey({ name: '王五', village: '东 街村' })).toBe('name:王五|东街村|');
  });
});

describe('convertRows', () => {
  it('converts in chunks with progress and finds a repeated ID across chunks', async () => {
    const rows = Array.from({ length: CHUNK_ROWS + 5 }, (_, i) => [`儿童${i}`, idFor('2010-01-01', i % 100, i % 2 === 0), '东街村', '在校', '']);
    rows[CHUNK_ROWS + 2] = ['重复', rows[3]![1]!, '东街村', '在校', ''];
    const seen: number[] = [];
    const out = await convertRows(rows, MAPPING, { firstRow: 2, ageRef: '2021-08-31' }, (done) => seen.push(done));
    expect(seen).toEqual([CHUNK_ROWS, CHUNK_ROWS + 5]);
    expect(out).toHaveLength(CHUNK_ROWS + 5);
    expect(out[CHUNK_ROWS + 2]!.rowNumber).toBe(CHUNK_ROWS + 4);
    expect(out[CHUNK_ROWS + 2]!.warnings).toContain('身份证号码与第5行重复');
  });

  it('checks no row in the task that called it: that task (the file\'s last message) ends first', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => [`儿童${i}`, idFor('2010-01-01', i, true), '东街村', '在校', '']);
    const seen: number[] = [];
    const done = convertRows(rows, MAPPING, { firstRow: 2, ageRef: '2021-08-31' }, (n) => seen.push(n));
    await Promise.resolve(); // microtasks of the same task run; the first chunk must still wait
    expect(seen).toEqual([]);
    await done;
    expect(seen).toEqual([3]);
  });
});

describe('a corrected ID number meets the invalid one it corrects', () => {
  const MAP = { 0: 'name', 1: 'idNumber', 2: 'birth', 3: 'village', 4: 'status' } as const;
  const plan = (existing: Entry[], cells: string[][], choices = {}) =>
    planRosterImport(existing, rowsToChildren(cells, MAP, { firstRow: 2 }), 9000, choices);
  const first = (cells: string[][]) => plan([], cells).writes;
  const zhang = ['张三', idFor('2010-03-15'), '2010-03-15', '东街村', '在校'];
  const typo = zhang[1]!.slice(0, 17) + (zhang[1]!.endsWith('1') ? '2' : '1');

  it('says 更正身份证号 with the old and new number and updates the child, even with only the village to agree', () => {
    const stored = first([[...zhang.slice(0, 1), typo, ...zhang.slice(2)]]);
    const p = plan(stored, [zhang]);
    expect(p.counts).toMatchObject({ new: 0, corrected: 1, updated: 0, unchanged: 0 });
    expect(p.rows[0]!.idChange).toEqual({ from: typo, to: zhang[1] });
    expect(p.writes.map((e) => [e.id, e.data.idNumber])).toEqual([[stored[0]!.id, zhang[1]]]);

    // No birth date typed: name and village agree, the invalid number had no birth date to disagree.
    const noBirth = first([['李四', '61052620120701', '', '西街村', '在校']]);
    expect(plan(noBirth, [['李四', idFor('2012-07-01', 2), '', '西街村', '']]).counts).toMatchObject({ new: 0, corrected: 1 });
    // A namesake born on another day in the same village is another child.
    const dated = first([['李四', '61052620120701', '2012-07-01', '西街村', '在校']]);
    expect(plan(dated, [['李四', idFor('2013-01-01', 2), '', '西街村', '']]).counts).toMatchObject({ new: 1, corrected: 0 });
  });

  it('keeps a valid stored number when the file still has the mistyped one', () => {
    const stored = first([zhang]);
    const p = plan(stored, [['张三', typo, '2010-03-15', '东街村', '厌学']]);
    expect(p.counts).toMatchObject({ new: 0, updated: 1 });
    expect(p.writes[0]!.data).toMatchObject({ idNumber: zhang[1], status: '厌学辍学' });
    expect(p.rows[0]!.note).toContain('保留花名册中的号码');
  });

  it('does not guess between two children, nor between two valid numbers: the user chooses, else it is new', () => {
    const twins = first([['王五', 'A1', '2011-01-01', '东街村', ''], ['王五', 'B2', '2011-01-01', '南村', '']]);
    const fixed = [['王五', idFor('2011-01-01', 5), '2011-01-01', '东街村', '在校']];
    const p = plan(twins, fixed);
    expect(p.counts).toMatchObject({ new: 1, corrected: 0, undecided: 1 });
    expect(p.rows[0]!.candidates!.map((c) => c.entry.data.idNumber)).toEqual(['A1', 'B2']);
    expect(p.rows[0]!.note).toContain('无法确定是哪一名');
    const chosen = plan(twins, fixed, { 2: `fix:${twins[1]!.id}` });
    expect(chosen.counts).toMatchObject({ new: 0, corrected: 1, undecided: 0 });
    expect(chosen.writes[0]!.id).toBe(twins[1]!.id);

    // Two rows claiming one child with an invalid number: neither takes it alone.
    const one = first([['赵六', 'C3', '2011-02-02', '东街村', '']]);
    const two = plan(one, [['赵六', idFor('2011-02-02', 6), '2011-02-02', '东街村', ''], ['赵六', idFor('2011-02-02', 7), '2011-02-02', '东街村', '']]);
    expect(two.counts).toMatchObject({ new: 2, corrected: 0, undecided: 2 });

    // Same name and birth date, two valid numbers: a likely duplicate, shown, not merged.
    const valid = first([zhang]);
    const other = idFor('2010-03-15', 9);
    const dup = plan(valid, [['张三', other, '', '东街村', '']]);
    expect(dup.counts).toMatchObject({ new: 1, undecided: 1 });
    expect(dup.rows[0]!.candidates![0]!.options).toEqual(['fix', 'keep']);
    expect(plan(valid, [['张三', other, '', '东街村', '']], { 2: `keep:${valid[0]!.id}` }).counts).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
  });

  it('finding 3: 115 children, two IDs fixed in Excel and imported again: 0 new, 2 corrected, the rest unchanged', () => {
    const cells = Array.from({ length: 115 }, (_, i) => {
      const birth = `2010-01-${String((i % 28) + 1).padStart(2, '0')}`;
      return [`儿童${i}`, idFor(birth, i % 100), birth, `第${i % 5}村`, '在校'];
    });
    const broken = cells.map((c, i) => (i === 7 ? [c[0]!, c[1]!.slice(0, 17), ...c.slice(2)] : i === 42 ? [c[0]!, `${c[1]!.slice(0, 17)}Y`, ...c.slice(2)] : c));
    const stored = first(broken);
    expect(stored).toHaveLength(115);
    const again = plan(stored, cells);
    expect(again.counts).toMatchObject({ new: 0, corrected: 2, updated: 0, unchanged: 113, rejected: 0 });
    const { new: n, corrected, updated, unchanged, rejected } = again.counts;
    expect(n + corrected + updated + unchanged + rejected).toBe(cells.length);
    expect(again.rows.filter((r) => r.action === 'corrected').map((r) => r.row.rowNumber)).toEqual([9, 44]);
    expect(again.writes.map((e) => e.id)).toEqual([stored[7]!.id, stored[42]!.id]);
  });
});
