import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { listEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';

it('opens a database written by version 1 and keeps every entry and the settings', async () => {
  const name = 'upgrade-from-1';
  const old = new Dexie(name);
  old.version(1).stores({ entries: 'id, formId, updatedAt, [formId+updatedAt]', settings: 'key' });
  const child = newEntry('roster', { name: '张三', idNumber: '610526201001011234' });
  const visit = newEntry('3-1', { student: '李四' });
  await old.table('entries').bulkPut([child, visit]);
  await old.table('settings').put({ key: 'settings', value: { unit: '城关中学' } });
  old.close();

  const db = new AppDB(name);
  useDb(db);
  expect((await listEntries('roster')).map((e) => e.data.name)).toEqual(['张三']);
  expect((await listEntries('3-1')).map((e) => e.id)).toEqual([visit.id]);
  expect((await db.settings.get('settings'))?.value).toEqual({ unit: '城关中学' });
  expect(db.verno).toBe(2);
  expect(db.entries.schema.indexes.map((i) => i.name).sort()).toEqual(['formId', 'updatedAt']);
});
