import { describe, expect, it } from 'vitest';
import { schoolStats } from '../../src/forms/school-stats';

const visit = (teacher: string, student: string, mode: string, extra: Record<string, string> = {}) =>
  ({ teacher, student, className: '七（1）班', mode, ...extra });

const records = [
  visit('王老师', '张三', 'face', { companions: '李老师、赵 老师', suggestions: '多开展活动' }),
  visit('王 老师', '李四', 'phone'),
  visit('李老师', '张三', 'face', { suggestions: '   ' }),
  visit('赵老师', '王五', 'letter', { suggestions: '无' }),
  { teacher: '孙老师', student: '张三', className: '七（2）班', mode: 'sms' },
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

  it('counts records with a suggestion', () => {
    expect(v.suggestions).toBe(2); // '多开展活动' and '无'; blank does not count
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

  it('flags a count above its total', () => {
    const w = schoolStats.warnings!(schoolStats.resolve({ staffTotal: 3, studentTotal: 2 }, ctx));
    expect(w).toEqual([
      '参与家访的干部教师数（4）大于干部教师总数（3），请核对。',
      '被家访的学生数（4）大于学生总数（2），请核对。',
    ]);
  });

  it('never stores the computed-only values', () => {
    expect(schoolStats.draftSchema.parse({ staffShare: 50, letterNote: 'x', staffVisited: 3 })).toEqual({ staffVisited: 3 });
  });
});
