// What the import preview shows: errors first and counted per kind, a missing 就学状态
// column, and villages filled down a CSV's blocks.
import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../src/io/roster-import/headers';
import { readSheet, type SheetData } from '../../src/io/roster-import/sheet';
import { fillDown, rowsToConvert } from '../../src/io/roster-import/fill-down';
import { countKinds, previewRows, problemKind } from '../../src/io/roster-import/problems';
import { rowsToChildren } from '../../src/io/roster-import/rows';
import { planRosterImport } from '../../src/io/roster-plan';
import { idFor } from '../forms/roster-reports-fixture';

const REF = '2021-08-31';
const TODAY = new Date(2021, 9, 20);
const bad = (id: string) => `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;

const csv = (text: string): SheetData => {
  const s = readSheet(new TextEncoder().encode(text), '花名册.csv');
  if ('error' in s) throw new Error(s.error);
  return s;
};

describe('fillDown: villages written once above their block (merged cells saved as CSV)', () => {
  // 东街村 and 西街村 each written on the first row of their block, as Excel saves a merge.
  const text = [
    '姓名,身份证号码,村委会,就学状态',
    `张三,${idFor('2010-03-15', 1)},东街村,在校`,
    `李四,${idFor('2011-03-15', 2)},,在校`,
    `王五,${idFor('2012-03-15', 3)},,在校`,
    `赵六,${idFor('2012-04-15', 4)},西街村,在校`,
    `孙七,,,在校`,
    ',,,', // a blank line ends a block
    `周八,${idFor('2013-03-15', 5)},,在校`,
  ].join('\r\n');

  it('fills the village column down each block, never a name or an ID number, and says where', () => {
    const s = csv(text);
    const { mapping } = matchHeaders(s.headers);
    const f = fillDown(s.rows, mapping, s.firstRow);
    expect(f.rows.map((r) => r[2] ?? '')).toEqual(['东街村', '东街村', '东街村', '西街村', '西街村', '', '']);
    expect(f.rows.map((r) => (r[1] ?? '') === '' ? '' : 'id')).toEqual(['id', 'id', 'id', 'id', '', '', 'id']);
    expect(f.filled).toEqual({ village: 3 });
    expect(f.runs).toEqual([
      { key: 'village', value: '东街村', from: 3, to: 4 },
      { key: 'village', value: '西街村', from: 6, to: 6 },
    ]);
    expect(s.rows[1]![2]).toBe(''); // the sheet itself is not changed
    // Without it, the children fall into （未填写村委会）.
    const before = rowsToChildren(s.rows, mapping, { firstRow: s.firstRow, ageRef: REF, today: TODAY });
    const after = rowsToChildren(f.rows, mapping, { firstRow: s.firstRow, ageRef: REF, today: TODAY });
    expect(before.map((r) => r.data.village)).toEqual(['东街村', '', '', '西街村', '', '']);
    expect(after.map((r) => r.data.village)).toEqual(['东街村', '东街村', '东街村', '西街村', '西街村', '']);
  });

  it('leaves the few blanks of a village column written on every row: those are missing, not merged', () => {
    const s = csv([
      '姓名,身份证号码,村委会',
      `张三,${idFor('2010-03-15', 1)},东街村`,
      `李四,${idFor('2011-03-15', 2)},`,
      `王五,${idFor('2012-03-15', 3)},西街村`,
      `赵六,${idFor('2012-04-15', 4)},西街村`,
    ].join('\n'));
    const f = fillDown(s.rows, matchHeaders(s.headers).mapping, s.firstRow);
    expect(f.filled).toEqual({});
    expect(f.rows[1]![2] ?? '').toBe('');
  });

  it('fills a CSV only: a workbook’s unmerged blank cells are blank on purpose', () => {
    const s = csv(text);
    const { mapping } = matchHeaders(s.headers);
    expect(rowsToConvert(s, mapping).filled).toEqual({ village: 3 });
    const { encoding: _, ...workbook } = s;
    expect(rowsToConvert(workbook, mapping)).toEqual({ rows: s.rows, filled: {}, runs: [] });
  });

  it('does not cross a repeated header line', () => {
    const s = csv([
      '姓名,身份证号码,村委会',
      `张三,${idFor('2010-03-15', 1)},东街村`,
      '姓名,身份证号码,村委会',
      `李四,${idFor('2011-03-15', 2)},`,
      `王五,${idFor('2012-03-15', 3)},`,
    ].join('\n'));
    expect(fillDown(s.rows, matchHeaders(s.headers).mapping, s.firstRow).filled).toEqual({});
  });
});

describe('problems in the preview', () => {
  const MAP = { 0: 'name', 1: 'idNumber', 2: 'sex', 3: 'status' } as const;
  const cells = [
    ['甲', idFor('2010-03-15', 1), '', '县域内实际就读'], // clean
    ['乙', idFor('2010-03-15', 2), '', '在读'], // a hint: 在读 read as 县域内实际就读
    ['丙', bad(idFor('2011-05-05', 3)), '', '县域内实际就读'], // error
    ['丁', idFor('2012-01-01', 4), '女', '县域内实际就读'], // error: sex
    ['戊', bad(idFor('2012-02-02', 5)), '', '在读'], // error and hint
  ];
  const rows = () => rowsToChildren(cells, MAP, { firstRow: 2, ageRef: REF, today: TODAY });

  it('lists error rows first, then the rest in file order; 只看错误 keeps only errors', () => {
    const plan = planRosterImport([], rows(), 1000);
    const names = (f: 'all' | 'problems' | 'errors') => previewRows(plan.rows, f).map((p) => p.row.data.name);
    expect(names('problems')).toEqual(['丙', '丁', '戊', '乙']);
    expect(names('errors')).toEqual(['丙', '丁', '戊']);
    expect(names('all')).toEqual(['丙', '丁', '戊', '甲', '乙']);
  });

  it('counts rows per kind of problem, errors first', () => {
    expect(countKinds(rows())).toEqual([
      { kind: '身份证号码有误', level: 'error', rows: 2 },
      { kind: '性别与身份证号码不一致', level: 'error', rows: 1 },
      { kind: '就学状态按相近类别导入', level: 'warning', rows: 2 },
      { kind: '无法计算年龄', level: 'warning', rows: 2 }, // the two whose ID number is wrong
    ]);
    expect(problemKind('身份证号码与第3行重复')).toBe('身份证号码重复');
    expect(problemKind('某个新的问题“x”（y）：细节')).toBe('某个新的问题');
  });
});

describe('a file without a 就学状态 column', () => {
  it('counts the children that will have no status', () => {
    const cells = [['甲', idFor('2010-03-15', 1)], ['乙', idFor('2010-03-15', 2)], ['', '']];
    const plan = planRosterImport([], rowsToChildren(cells, { 0: 'name', 1: 'idNumber' }, { firstRow: 2 }), 1000);
    expect(plan.counts.noStatus).toBe(2);
    // A child already on the roster keeps the status it has.
    const again = planRosterImport(
      [{ ...plan.writes[0]!, data: { ...plan.writes[0]!.data, status: '县域内实际就读' } }, plan.writes[1]!],
      rowsToChildren(cells, { 0: 'name', 1: 'idNumber' }, { firstRow: 2 }), 2000,
    );
    expect(again.counts.noStatus).toBe(1);
  });
});
