import { describe, expect, it } from 'vitest';
import { schoolStats } from '../../src/forms/school-stats';
import { visitEntry } from '../render/visit-entry';

/** A complete 附件3-1 record (status 完成): only those are counted. */
const visit = (teacher: string, student: string, mode: string, extra: Record<string, string> = {}) =>
  visitEntry({ teacher, companions: '', student, className: '七（1）班', mode, suggestions: '', ...extra }).data;

const records = [
  visit('王老师', '张三', 'face', { companions: '李老师、赵 老师', suggestions: '多开展活动' }),
  visit('王 老师', '李四', 'phone'),
  visit('李老师', '张三', 'face', { suggestions: '   ' }),
  visit('赵老师', '王五', 'letter', { suggestions: '无' }),
  visit('孙老师', '张三', 'sms', { className: '七（2）班' }),
];
const ctx = { sources: { '3-1': records } };

describe('附件3-2 derived from 附件3-1', () => {
  const v = schoolStats.resolve({ staffTotal: 8, studentTotal: 40 }, ctx);

  it('counts distinct staff, visiting or accompanying, whatever the spaces in their names', () => {
    expect(v.staffVisited).toBe(4); // 王, 李, 赵, 孙
    expect(schoolStats.text(v, 'staffShare')).toBe('50.0');
  });

  it('counts distinct students by name and class', () => {
    expect(v.studentsVisited).toBe(4); // 张三(1), 李四, 王五, 张三(2)
    expect(schoolStats.text(v, 'studentShare')).toBe('10.0');
  });

  it('counts visits per form with their share of all visits, letters included in the total', () => {
    expect([v.face, v.phone, v.sms, v.online]).toEqual([2, 1, 1, 0]);
    expect(schoolStats.text(v, 'faceShare')).toBe('40.0');
    expect(schoolStats.text(v, 'phoneShare')).toBe('20.0');
    expect(schoolStats.text(v, 'onlineShare')).toBe('0.0');
    expect(v.letterNote).toBe('另有信件家访1次（本表无此栏）。');
  });

  it('counts records with a suggestion, not those saying "无"', () => {
    expect(v.suggestions).toBe(1); // '多开展活动'; blank and '无' do not count
  });

  it('counts one child visited by two teachers who type the class brackets differently once', () => {
    const two = [visit('王老师', '张三', 'face', { className: '七年级(2)班' }), visit('李老师', '张三', 'phone', { className: '七年级（2）班' })];
    expect(schoolStats.resolve({}, { sources: { '3-1': two } }).studentsVisited).toBe(1);
  });

  it('counts only complete records and says how many drafts it left out', () => {
    const draft = { teacher: '', student: '李四', className: '七（1）班' };
    const withDraft = { sources: { '3-1': [...records, draft] } };
    const d = schoolStats.resolve({ staffTotal: 8, studentTotal: 40 }, withDraft);
    expect(d.visits).toBe(5);
    expect(d.studentsVisited).toBe(4);
    expect(schoolStats.sourceNotes!(withDraft)).toEqual(['另有 1 份草稿未计入（家访记录填完必填项、显示“完成”后计入）。']);
    expect(schoolStats.sourceNotes!(ctx)).toEqual([]);
    // A record missing only one thing the record table asks for is a draft too.
    const noEffect = visit('周老师', '赵六', 'face', { effect: '' });
    expect(schoolStats.resolve({}, { sources: { '3-1': [noEffect] } }).visits).toBe(0);
  });

  it('shows "—" for a share of a zero or missing total, never NaN', () => {
    const z = schoolStats.resolve({ staffTotal: 0 }, { sources: { '3-1': [] } });
    expect(schoolStats.text(z, 'staffShare')).toBe('—');
    expect(schoolStats.text(z, 'studentShare')).toBe('—');
    expect(schoolStats.text(z, 'faceShare')).toBe('—');
    expect(z.letterNote).toBe('');
  });

  it('rounds to one decimal', () => {
    const r = schoolStats.resolve({ staffTotal: 3, studentTotal: 6 }, { sources: { '3-1': [visit('甲', '乙', 'face')] } });
    expect(schoolStats.text(r, 'staffShare')).toBe('33.3');
    expect(schoolStats.text(r, 'studentShare')).toBe('16.7');
  });

  it('lets a count be typed over, recomputes shares from it, and can go back', () => {
    const typed = { staffTotal: 8, studentTotal: 40, staffVisited: 6, face: 5 };
    const o = schoolStats.resolve(typed, ctx);
    expect(o.staffVisited).toBe(6);
    expect(schoolStats.text(o, 'staffShare')).toBe('75.0');
    expect(schoolStats.text(o, 'faceShare')).toBe('62.5'); // 5 of 5+1+1+0+1 letter
    expect(schoolStats.computed(typed, ctx)).toMatchObject({ staffVisited: 4, face: 2 });
    expect(schoolStats.resolve({ ...typed, staffVisited: null }, ctx).staffVisited).toBe(4);
  });

  it('is not 完成 while a count is above its base, until it is corrected or confirmed', () => {
    const data = { unit: '城关中学', date: '2021-11-10', staffTotal: 3, studentTotal: 2 };
    const over = schoolStats.resolve(data, ctx); // 4 staff of 3, 4 students of 2: 133.3% and 200.0%
    expect(schoolStats.text(over, 'studentShare')).toBe('200.0');
    expect(schoolStats.check(over)).toEqual({
      staffVisited: '参与家访的干部教师数（4）大于干部教师总数（3），比例超过100%。请更正；如确实无误，请勾选下方“已核实：参与家访的干部教师数无误”。',
      studentsVisited: '被家访的学生数（4）大于学生总数（2），比例超过100%。请更正；如确实无误，请勾选下方“已核实：被家访的学生数无误”。',
    });
    // Corrected: the totals were typed wrong.
    expect(schoolStats.check(schoolStats.resolve({ ...data, staffTotal: 30, studentTotal: 4 }, ctx))).toEqual({});
    // Confirmed: the confirmation is stored with the entry.
    const confirmed = { ...data, staffConfirmed: true, studentsConfirmed: true };
    expect(schoolStats.check(schoolStats.resolve(confirmed, ctx))).toEqual({});
    expect(schoolStats.draftSchema.parse(confirmed)).toMatchObject({ staffConfirmed: true, studentsConfirmed: true });
    // A count typed over the computed one is checked the same way.
    expect(Object.keys(schoolStats.check(schoolStats.resolve({ ...data, staffTotal: 30, studentTotal: 40, studentsVisited: 41 }, ctx))))
      .toEqual(['studentsVisited']);
  });

  it('never stores the computed-only values', () => {
    expect(schoolStats.draftSchema.parse({ staffShare: 50, letterNote: 'x', staffVisited: 3 })).toEqual({ staffVisited: 3 });
  });
});
