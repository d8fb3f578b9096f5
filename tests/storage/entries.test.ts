import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, db, useDb } from '../../src/storage/db';
import { countEntries, getEntries, getEntry, listEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { deleteEntry, saveEntry, undeleteEntry } from '../../src/storage/entry-write';
import { explain } from '../../src/storage/errors';
import { journalWrite } from '../../src/storage/journal';
import { journalSettings, loadSettings, saveSettings } from '../../src/storage/settings';
import { MemoryStorage } from './memory-storage';


let n = 0;
beforeEach(() => {
  useDb(new AppDB(`test-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('entries', () => {
  it('saves with a derived status and reads back the same data', async () => {
    const e = newEntry('3-1', { student: '张三', phone1: '1234' });
    expect(e.formId).toBe('3-1');
    expect(e.formVersion).toBe(1);
    const saved = await saveEntry(e);
    expect(saved.status).toBe('draft');
    const back = await getEntry(e.id);
    expect(back?.data.student).toBe('张三');
    expect(back?.data.phone1).toBe('1234');
    expect(back?.status).toBe('draft');
  });

  it('never trusts a status it is given', async () => {
    const e = newEntry('3-1', { student: '张三' });
    await saveEntry({ ...e, status: 'complete' });
    expect((await getEntry(e.id))?.status).toBe('draft');
  });

  it('lists newest first and hides deleted entries until undone', async () => {
    const a = await saveEntry(newEntry('3-1', { student: 'A' }));
    await new Promise((r) => setTimeout(r, 5));
    const b = await saveEntry(newEntry('3-1', { student: 'B' }));
    expect((await listEntries('3-1')).map((e) => e.id)).toEqual([b.id, a.id]);
    await deleteEntry(a.id);
    expect((await listEntries('3-1')).map((e) => e.id)).toEqual([b.id]);
    expect(await countEntries('3-1')).toBe(1);
    expect(await getEntry(a.id)).toBeUndefined();
    await undeleteEntry(a.id);
    expect(await countEntries('3-1')).toBe(2);
    expect((await getEntry(a.id))?.data.student).toBe('A');
  });

  it('reads a list\'s entries by id for its export: in the order asked, the deleted and other forms\' left out, as stored now', async () => {
    const a = await saveEntry(newEntry('roster', { name: '甲' }));
    const b = await saveEntry(newEntry('roster', { name: '乙' }));
    const c = await saveEntry(newEntry('roster', { name: '丙' }));
    const other = await saveEntry(newEntry('3-1', { student: '丁' }));
    await deleteEntry(b.id);
    await saveEntry({ ...c, data: { ...c.data, name: '丙改' } });
    const got = await getEntries('roster', [c.id, b.id, 'gone', other.id, a.id]);
    expect(got.map((e) => e.data.name)).toEqual(['丙改', '甲']);
  });

  it('rejects data of the wrong shape and leaves the stored row as it was', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    await expect(saveEntry({ ...e, data: { groups: 'x' as never } })).rejects.toThrow();
    expect((await getEntry(e.id))?.data.student).toBe('张三');
  });

  it('skips a stored row that no longer parses instead of failing the list', async () => {
    await saveEntry(newEntry('3-1', { student: 'ok' }));
    await db().entries.put({ id: 'not-a-uuid', formId: '3-1', formVersion: 1, createdAt: 1, updatedAt: 2, status: 'draft', data: {} });
    const list = await listEntries('3-1');
    expect(list.map((e) => e.data.student)).toEqual(['ok']);
    expect(await db().entries.count()).toBe(2);
  });

  it('refuses a row written by a newer version of the app', async () => {
    const e = newEntry('3-1', {});
    await db().entries.put({ ...e, formVersion: 99 });
    await expect(getEntry(e.id)).rejects.toThrow(/更新版本/);
  });

  it('takes the journal copy a closing tab left when it is newer', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    journalWrite({ ...e, data: { ...e.data, className: '八年级（1）班' } });
    const back = await getEntry(e.id);
    expect(back?.data.className).toBe('八年级（1）班');
    expect((await db().entries.get(e.id))?.data.className).toBe('八年级（1）班');
    expect(localStorage.getItem(`jiafang:pending:${e.id}`)).toBeNull();
  });
});

describe('settings', () => {
  it('starts from the notice defaults and keeps edits', async () => {
    const s = await loadSettings();
    expect(s).toMatchObject({ bureau: '蒲城县教育局', mailbox: 'pcjjyg@163.com', deadline1: '10-22', deadline3: '11-15', ageRef: '08-31' });
    expect(s.year).toBe(new Date().getFullYear());
    await saveSettings({ ...s, unit: '城关中学', year: 2021 });
    expect(await loadSettings()).toMatchObject({ unit: '城关中学', year: 2021 });
  });
  it('takes settings a closing tab left in the journal until the next save', async () => {
    const s = await loadSettings();
    journalSettings({ ...s, unit: '关闭前输入的单位' });
    expect((await loadSettings()).unit).toBe('关闭前输入的单位');
    await saveSettings({ ...s, unit: '城关中学' });
    expect((await loadSettings()).unit).toBe('城关中学');
  });
  it('refuses a malformed value', async () => {
    const s = await loadSettings();
    await expect(saveSettings({ ...s, deadline1: '10/22' })).rejects.toThrow();
  });
});

describe('storage errors', () => {
  it('explains a full disk in Chinese', () => {
    expect(explain({ name: 'QuotaExceededError' })).toMatch(/存储空间已满/);
    expect(explain({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/存储空间已满/);
  });
});
