import { describe, expect, it } from 'vitest';
import { mergeTownReports, missingSchools, parseSchoolList, schoolOfFile } from '../../src/calc/town-merge';

const KEYS = ['total', 'age6', 'disabled'];

describe('mergeTownReports', () => {
  it('lists every village once, flags one two schools reported, and sums the rows shown', () => {
    const m = mergeTownReports([
      { school: '一小', source: 'a.xlsx', villages: [{ village: '东村', total: 10, age6: 4, disabled: 1 }, { village: '西村', total: 5, age6: 5 }] },
      { school: '二小', source: 'b.xlsx', villages: [{ village: '南村', total: '7', age6: 2, disabled: 0 }, { village: '东 村', total: 9, age6: 3 }] },
    ], KEYS);
    expect(m.villages.map((v) => [v.village, v.school, v.row.total])).toEqual([['东村', '一小', 10], ['西村', '一小', 5], ['南村', '二小', '7']]);
    expect(m.duplicates).toEqual([{ village: '东村', reports: [{ school: '一小', total: 10 }, { school: '二小', total: 9 }] }]);
    expect(m.sums).toEqual({ total: 22, age6: 11, disabled: 1 });
  });

  it('skips rows without a village name', () => {
    const m = mergeTownReports([{ school: '一小', source: 'a', villages: [{ village: ' ', total: 3 }] }], KEYS);
    expect(m.villages).toEqual([]);
    expect(m.sums.total).toBe(0);
  });
});

it('names the school by the unit the exported file name starts with', () => {
  expect(schoolOfFile('城关一小_附件1-2_6—15周岁儿童少年统计表_城关镇_20211020.xlsx')).toBe('城关一小');
  expect(schoolOfFile('统计表.xlsx')).toBe('统计表');
});

it('lists the town\'s schools that sent no file', () => {
  const listed = parseSchoolList('城关一小\n\n 城关 二小\n城关一小\n东关小学\r\n');
  expect(listed).toEqual(['城关一小', '城关二小', '东关小学']);
  expect(missingSchools(listed, ['城关一小', '城关二小 '])).toEqual(['东关小学']);
});
