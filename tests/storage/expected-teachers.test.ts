import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { AppDB, db, useDb } from '../../src/storage/db';
import { loadExpectedTeachers, saveExpectedTeachers } from '../../src/storage/expected-teachers';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import { MemoryStorage } from './memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`expected-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

it('keeps the list beside the settings without touching them', async () => {
  expect(await loadExpectedTeachers()).toEqual([]);
  const settings = await saveSettings({ ...(await loadSettings()), unit: '城关中学' });
  const list = [{ name: '王老师', className: '一班' }, { name: '孙老师', className: '' }];
  await saveExpectedTeachers(list);
  expect(await loadExpectedTeachers()).toEqual(list);
  expect(await loadSettings()).toEqual(settings);
});

it('reads a damaged stored list as empty rather than failing the page', async () => {
  await db().settings.put({ key: 'expected-teachers', value: [{ name: '' }] });
  expect(await loadExpectedTeachers()).toEqual([]);
});

it('refuses to save a list with an empty name', async () => {
  await expect(saveExpectedTeachers([{ name: '', className: '一班' }])).rejects.toThrow();
});

it('keeps the town\'s schools beside the teachers\' list', async () => {
  const { loadTownSchools, saveTownSchools } = await import('../../src/storage/town-schools');
  expect(await loadTownSchools()).toEqual([]);
  await saveExpectedTeachers([{ name: '王老师', className: '' }]);
  await saveTownSchools(['城关一小', '城关二小']);
  expect(await loadTownSchools()).toEqual(['城关一小', '城关二小']);
  expect(await loadExpectedTeachers()).toEqual([{ name: '王老师', className: '' }]);
});
