import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_NO_EVIDENCE } from '../../src/calc/graduates';
import { checkDigit } from '../../src/calc/idcard';
import type { Person } from '../../src/calc/recheck';
import { AppDB, useDb } from '../../src/storage/db';
import { listEntries } from '../../src/storage/entries';
import { changeGraduate, CHANGED_SINCE_PLAN, importGraduates, loadGraduates, planGraduates } from '../../src/storage/graduates';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import { MemoryStorage } from './memory-storage';

let n = 0;
beforeEach(async () => {
  useDb(new AppDB(`graduates-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  await saveSettings({ ...(await loadSettings()), year: 2021, unit: '城关小学' });
});

const idFor = (birth: string, serial: number) => {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(3, '0')}`;
  return body + checkDigit(body);
};
const LIST: Person[] = ['2009-03-01', '2009-05-12', '2009-11-30'].map((birth, i) => ({ name: `学生${i + 1}`, idNumber: idFor(birth, i + 11), birth }));

const importList = async (year: number, people: Person[]) => importGraduates(year, people, await planGraduates(year, people));

describe('the graduates’ ledger on the device', () => {
  it('imports a year’s list once however often it is imported, and keeps the school’s records', async () => {
    await importList(2021, LIST);
    const [first] = (await loadGraduates()).entries;
    await changeGraduate(first!.id, { juniorSchool: '城关中学', evidence: '学籍截图', collected: true });
    await changeGraduate(first!.id, { closed: true });
    const again = await importList(2021, LIST);
    expect(again.add).toHaveLength(0);
    const list = await loadGraduates();
    expect(list.entries).toHaveLength(3);
    expect(list.years).toEqual([2019, 2020, 2021]);
    expect(list.progress[2]).toEqual({ year: 2021, total: 3, closed: 1, collected: 1 });
    expect(list.entries.find((e) => e.id === first!.id)!.data).toMatchObject({ juniorSchool: '城关中学', closed: true, school: '城关小学' });
  });

  it('refuses 销号 without the evidence, writing nothing', async () => {
    await importList(2020, LIST.slice(0, 1));
    const [g] = await listEntries('graduate');
    await expect(changeGraduate(g!.id, { closed: true })).rejects.toThrow(CLOSE_NO_EVIDENCE);
    expect((await listEntries('graduate'))[0]!.data.closed).toBe(false);
  });

  it('refuses a previewed import when the ledger changed since the preview', async () => {
    const plan = await planGraduates(2021, LIST);
    await importList(2021, LIST.slice(0, 1));
    await expect(importGraduates(2021, LIST, plan)).rejects.toThrow(CHANGED_SINCE_PLAN);
    expect(await listEntries('graduate')).toHaveLength(1);
  });
});
