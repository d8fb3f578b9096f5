import { describe, expect, it } from 'vitest';
import { effectiveRole, ownsForm, sendTarget, settingsFields } from '../../src/settings/roles';
import { defaultSettings, settingsSchema } from '../../src/settings/schema';
import { formById } from '../../src/forms/registry';

const form = (id: string) => formById(id)!;

describe('roles', () => {
  it('settings saved before roles existed load without a role and behave as a school', () => {
    const old = { unit: '城关中学', town: '城关镇', teacher: '', position: '', bureau: '蒲城县教育局', mailbox: 'pcjjyg@163.com', year: 2021, deadline1: '10-22', deadline3: '11-15', ageRef: '08-31' };
    const s = settingsSchema.parse(old);
    expect(s.role).toBeUndefined();
    expect(s.schoolEmail).toBe('');
    expect(s.unit).toBe('城关中学');
    expect(effectiveRole(s)).toBe('school');
    expect(defaultSettings().role).toBeUndefined();
  });

  it('an unknown role is refused, a known one kept', () => {
    expect(settingsSchema.safeParse({ role: 'admin' }).success).toBe(false);
    expect(settingsSchema.parse({ role: 'town' }).role).toBe('town');
  });

  it('a teacher sees only her own settings, a school every one', () => {
    expect(settingsFields('teacher')).toEqual(['unit', 'teacher', 'position', 'schoolEmail']);
    for (const admin of ['bureau', 'mailbox', 'deadline1', 'deadline3', 'ageRef'] as const) {
      expect(settingsFields('teacher')).not.toContain(admin);
      expect(settingsFields('school')).toContain(admin);
    }
  });

  it("a teacher's 3-1 goes to the school, every report to the bureau", () => {
    expect(sendTarget('teacher', form('3-1'))).toBe('school');
    expect(sendTarget('school', form('3-1'))).toBe('bureau');
    for (const id of ['3-2', '1-1', '1-2']) {
      expect(sendTarget('school', form(id))).toBe('bureau');
      expect(sendTarget('town', form(id))).toBe('bureau');
      // Not hers to send: a teacher looking at the school's report gets no 发送 at all.
      expect(sendTarget('teacher', form(id))).toBeNull();
      expect(ownsForm('teacher', form(id))).toBe(false);
      expect(ownsForm('school', form(id))).toBe(true);
    }
    expect(ownsForm('teacher', form('3-1'))).toBe(true);
  });
});
