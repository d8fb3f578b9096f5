import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeShareLink, planShareLink, readShareLink } from '../../src/io/share-link';
import { defaultSettings } from '../../src/settings/schema';
import { AppDB, useDb } from '../../src/storage/db';
import { loadSettings, offerShareLink, mirroredRole, ROLE_MIRROR, saveSettings, takeLinkValues } from '../../src/storage/settings';
import { MemoryStorage } from '../storage/memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`share-link-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('share link', () => {
  it("carries the teacher role, the school's name and its email, and reads them back", () => {
    const link = makeShareLink('https://x.test', '3-1', { role: 'teacher', unit: '城关中学', schoolEmail: 'cgzx@163.com', teacher: ' ' });
    expect(link.startsWith('https://x.test/forms/3-1/?')).toBe(true);
    expect(readShareLink(link.slice(link.indexOf('?')))).toEqual({ role: 'teacher', unit: '城关中学', schoolEmail: 'cgzx@163.com' });
  });

  it('ignores a role the app does not know and keys it does not take', () => {
    expect(readShareLink('?role=admin&mailbox=evil@x.test&unit=城关中学')).toEqual({ unit: '城关中学' });
  });

  it('fills only empty settings and lists those that differ', () => {
    const s = { ...defaultSettings(), unit: '东街小学', teacher: '' };
    const plan = planShareLink(s, { role: 'teacher', unit: '城关中学', teacher: '王老师' });
    expect(plan.fill).toEqual({ role: 'teacher', teacher: '王老师' });
    expect(plan.differ).toEqual([{ key: 'unit', link: '城关中学', here: '东街小学' }]);
    expect(planShareLink({ ...s, role: 'school' }, { role: 'teacher' }).differ).toEqual([{ key: 'role', link: 'teacher', here: 'school' }]);
  });

  it('opening the link on a device with settings changes nothing until the user agrees', async () => {
    await saveSettings({ ...defaultSettings(), unit: '东街小学', role: 'school' });
    const notice = (await offerShareLink({ role: 'teacher', unit: '城关中学', schoolEmail: 'cgzx@163.com' }))!;
    expect(notice.fill).toEqual({ schoolEmail: 'cgzx@163.com' });
    let s = await loadSettings();
    expect([s.unit, s.role, s.schoolEmail]).toEqual(['东街小学', 'school', '']);
    s = await takeLinkValues(notice);
    expect([s.unit, s.role, s.schoolEmail]).toEqual(['城关中学', 'teacher', 'cgzx@163.com']);
    expect(localStorage.getItem(ROLE_MIRROR)).toBe('teacher');
  });

  it('a crafted link on a new phone sets nothing by itself; 采用 makes it a teacher', async () => {
    const notice = (await offerShareLink({ role: 'teacher', unit: '城关中学', teacher: '王老师' }))!;
    expect(notice.differ).toEqual([]);
    let s = await loadSettings();
    expect([s.role, s.unit, s.teacher]).toEqual([defaultSettings().role, '', '']);
    expect(localStorage.getItem(ROLE_MIRROR)).toBeNull();
    s = await takeLinkValues(notice);
    expect([s.role, s.unit, s.teacher]).toEqual(['teacher', '城关中学', '王老师']);
    expect(localStorage.getItem(ROLE_MIRROR)).toBe('teacher');
  });

  it('a link that would change nothing asks nothing', async () => {
    await saveSettings({ ...defaultSettings(), unit: '城关中学' });
    expect(await offerShareLink({ unit: '城关中学' })).toBeNull();
  });
});

describe('role mirror', () => {
  it('follows every save, and an unknown value reads as no role', async () => {
    expect(mirroredRole()).toBeUndefined();
    await saveSettings({ ...defaultSettings(), role: 'bureau' });
    expect(mirroredRole()).toBe('bureau');
    await saveSettings({ ...defaultSettings() });
    expect(mirroredRole()).toBeUndefined();
    localStorage.setItem(ROLE_MIRROR, 'admin');
    expect(mirroredRole()).toBeUndefined();
  });
});
