import { describe, expect, it } from 'vitest';
import { roster } from '../../src/forms/roster';
import { rowsToChildren } from '../../src/io/roster-import/rows';
import { CHUNK_ROWS, convertRows, matchKey, planRosterImport } from '../../src/io/roster-plan';
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
});
