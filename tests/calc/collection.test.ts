import { describe, expect, it } from 'vitest';
import { collect, formatTeacherList, parseTeacherList, teachersFromSheet, type CollectedVisit } from '../../src/calc/collection';

const visit = (teacher: string, className: string, date: string, counted = true, updatedAt = 1): CollectedVisit =>
  ({ teacher, recorder: '记录人', className, date, counted, updatedAt });

describe('collect', () => {
  it('lists each teacher once with complete records, drafts, latest date and last update, and the silent ones as 未交', () => {
    const c = collect(
      [{ name: '王老师', className: '一班' }, { name: '孙老师', className: '三班' }, { name: '李老师', className: '二班' }],
      [visit('王老师', '一班', '2021-10-25', true, 10), visit('王 老师', '一班', '2021-10-27', true, 30),
        visit('王老师', '一班', '2021-10-29', false, 20), visit('李老师', '二班', '2021-10-26', false, 5),
        visit('赵老师', '（二）班', '2021-10-20', true, 7)],
    );
    const by = Object.fromEntries(c.teachers.map((t) => [t.name, t]));
    expect(by['王老师']).toMatchObject({ records: 2, drafts: 1, latestDate: '2021-10-29', updatedAt: 30, expected: true, status: '已交' });
    expect(by['李老师']).toMatchObject({ records: 0, drafts: 1, status: '仅草稿' });
    expect(by['孙老师']).toMatchObject({ records: 0, drafts: 0, latestDate: '', updatedAt: null, expected: true, status: '未交' });
    // Records from a teacher not on the list still count: the office sees them as unexpected.
    expect(by['赵老师']).toMatchObject({ records: 1, expected: false, status: '已交' });
    expect(c.teachers[0]!.name).toBe('孙老师');
    expect(c.records).toBe(3);
    expect(c.missing).toBe(1);
  });

  it('counts per class with class labels compared as one class however typed', () => {
    const c = collect(
      [{ name: '王老师', className: '七年级（2）班' }, { name: '孙老师', className: '七年级(2)班' }],
      [visit('王老师', '七年级(2)班', '2021-10-25'), visit('李老师', '七年级（２）班', '2021-10-25'),
        visit('李老师', '七年级（２）班', '2021-10-26', false)],
    );
    expect(c.classes).toEqual([{ className: '七年级（2）班', sent: 2, expected: 2, records: 2, missing: ['孙老师'] }]);
  });

  it('keeps classes in the list order, then in the order records bring them', () => {
    const c = collect([{ name: '甲', className: '一班' }, { name: '乙', className: '二班' }, { name: '丙', className: '十班' }],
      [visit('丁', '三班', ''), visit('甲', '一班', '')]);
    expect(c.classes.map((k) => k.className)).toEqual(['一班', '二班', '十班', '三班']);
  });

  it('ignores records with no teacher and no recorder', () => {
    const c = collect([], [{ teacher: ' ', recorder: '', className: '一班', date: '', counted: true, updatedAt: 1 }]);
    expect(c.teachers).toEqual([]);
    expect(c.records).toBe(0);
  });

  it('takes the recorder when the teacher is empty', () => {
    const c = collect([], [{ teacher: '', recorder: '周老师', className: '', date: '', counted: true, updatedAt: 1 }]);
    expect(c.teachers.map((t) => t.name)).toEqual(['周老师']);
  });
});

describe('parseTeacherList', () => {
  it('reads one "姓名 班级" a line, whatever separates them, and keeps a repeated name once', () => {
    const { teachers, problems } = parseTeacherList('王老师 七年级（2）班\n\n 李 老师 二班\r\n孙老师，三班\n王老师 八年级1班\n王老师 七年级(2)班\n周老师');
    expect(teachers).toEqual([
      { name: '王老师', className: '七年级（2）班、八年级1班' },
      { name: '李老师', className: '二班' },
      { name: '孙老师', className: '三班' },
      { name: '周老师', className: '' },
    ]);
    expect(problems).toEqual([]);
  });

  it('names a line that is not a name', () => {
    const { teachers, problems } = parseTeacherList('这一行写得太长了根本不是一个人的姓名而是一段话啊啊 一班');
    expect(teachers).toEqual([]);
    expect(problems[0]).toMatch(/^第1行/);
  });

  it('round-trips through the textarea text', () => {
    const list = [{ name: '王老师', className: '一班' }, { name: '周老师', className: '' }];
    expect(parseTeacherList(formatTeacherList(list)).teachers).toEqual(list);
  });
});

describe('teachersFromSheet', () => {
  it('reads the 姓名 and 班级 columns wherever they are', () => {
    expect(teachersFromSheet(['序号', '班级', '姓 名'], [['1', '一班', '王老师'], ['2', '', ''], ['3', '二班', '李老师']]))
      .toEqual({ teachers: [{ name: '王老师', className: '一班' }, { name: '李老师', className: '二班' }], problems: [] });
  });

  it('says so when there is no 姓名 column', () => {
    expect(teachersFromSheet(['班级'], [['一班']])).toHaveProperty('error');
  });
});
