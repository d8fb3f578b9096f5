import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/io/filename';

describe('exportFileName', () => {
  it('joins unit, annex, plain title, subject and date', () => {
    expect(
      exportFileName({ unit: '城关中学', annex: '附件3-1', title: '“教师大家访”活动记录表', subject: '张三', date: '2021-10-25', ext: 'pdf' }),
    ).toBe('城关中学_附件3-1_教师大家访活动记录表_张三_20211025.pdf');
  });

  it('skips empty parts and accepts ".ext"', () => {
    expect(exportFileName({ unit: '  ', annex: '附件3-1', title: '《表册》', date: '', ext: '.xlsx' })).toBe('附件3-1_表册.xlsx');
  });

  it('removes what Windows forbids', () => {
    const name = exportFileName({ unit: 'a<b>c:d"e/f\\g|h?i*j', subject: '李\u0001四.', ext: 'pdf' });
    expect(name).toBe('abcdefghij_李四.pdf');
  });

  it('writes dates as YYYYMMDD', () => {
    expect(exportFileName({ subject: 'x', date: '2021-1-5', ext: 'pdf' })).toBe('x_20210105.pdf');
    expect(exportFileName({ subject: 'x', date: new Date(2021, 9, 25, 23, 59), ext: 'pdf' })).toBe('x_20211025.pdf');
    expect(exportFileName({ subject: 'x', date: new Date(2021, 0, 2).getTime(), ext: 'pdf' })).toBe('x_20210102.pdf');
    expect(exportFileName({ subject: 'x', date: 'not a date', ext: 'pdf' })).toBe('x.pdf');
  });

  it('keeps long names sane, date and subject included', () => {
    const name = exportFileName({ unit: '城关中学', annex: '附件3-1', title: '很长的标题'.repeat(40), subject: '张三', date: '2021-10-25', ext: 'pdf' });
    expect([...name].length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^城关中学_附件3-1_很长的标题.*_张三_20211025\.pdf$/);
  });

  it('never gives an empty or reserved name', () => {
    expect(exportFileName({ ext: 'pdf' })).toBe('导出.pdf');
    expect(exportFileName({ subject: 'CON', ext: 'pdf' })).toBe('导出CON.pdf');
  });
});
