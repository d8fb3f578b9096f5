import { describe, expect, it } from 'vitest';
import { mailtoLink, schoolOf } from '../../src/io/send';
import { defaultSettings } from '../../src/settings/schema';

describe('mailtoLink', () => {
  it('addresses the bureau mailbox from settings with the file named in subject and body', () => {
    const s = { ...defaultSettings(), unit: '城关中学', mailbox: 'pcjjyg@163.com' };
    const file = new File(['x'], '城关中学_附件3-2_教师大家访活动学校情况统计表_20211115.pdf');
    const link = mailtoLink(s, file);
    expect(link.startsWith('mailto:pcjjyg%40163.com?subject=')).toBe(true);
    const q = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(q.get('subject')).toBe('城关中学_附件3-2_教师大家访活动学校情况统计表_20211115');
    expect(q.get('body')).toContain('请把刚才下载的文件添加为附件');
    expect(q.get('body')).toContain('蒲城县教育局');
  });
});

describe("a teacher's mail to her school", () => {
  it("addresses the school's email with the school named and the teacher signing", () => {
    const s = { ...defaultSettings(), role: 'teacher' as const, unit: '城关中学', teacher: '王老师', schoolEmail: 'cgzx@163.com' };
    const file = new File(['x'], '城关中学_附件3-1_家访表册.xlsx');
    const link = mailtoLink(s, file, schoolOf(s));
    expect(link.startsWith('mailto:cgzx%40163.com?')).toBe(true);
    const body = new URLSearchParams(link.slice(link.indexOf('?') + 1)).get('body')!;
    expect(body.startsWith('城关中学：')).toBe(true);
    expect(body).toContain('城关中学 王老师');
    expect(body).not.toContain('蒲城县教育局');
  });
});
