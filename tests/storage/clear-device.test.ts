import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, db, useDb } from '../../src/storage/db';
import { clearDevice, deviceStores } from '../../src/storage/clear-device';
import { journalWrite } from '../../src/storage/journal';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { ROLE_MIRROR } from '../../src/storage/settings';
import { MemoryStorage } from './memory-storage';

beforeEach(() => {
  useDb(new AppDB('jiafang'));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
});

describe('clearDevice', () => {
  it("deletes the app's database and its journal, role mirror and link question, and keeps other sites' keys", async () => {
    const e = await saveEntry(newEntry('3-1', { studentName: '张三' }));
    journalWrite(e, ['studentName']);
    localStorage.setItem(ROLE_MIRROR, 'teacher');
    localStorage.setItem('fontOfferDismissed', '1');
    localStorage.setItem('another-app', 'x');
    sessionStorage.setItem('jiafang:link-notice', '{}');
    expect(await deviceStores()).toMatchObject({ databases: 1, storageKeys: 4 });

    const left = await clearDevice();
    expect(left).toMatchObject({ databases: 0, storageKeys: 0 });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('jiafang');
    expect(localStorage.getItem('another-app')).toBe('x');
    expect(localStorage.length).toBe(1);
    expect(sessionStorage.length).toBe(0);
    // This page does not bring the database back by reading it.
    await expect(db().entries.count()).rejects.toThrow();
  });
});
