import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { readParsed } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { deleteEntry, saveEntry } from '../../src/storage/entry-write';
import { noteWrite } from '../../src/storage/shared-parse';
import { MemoryStorage } from './memory-storage';

// The home page's cards each read the roster: one parse is shared until a write makes it old.
let n = 0;
beforeEach(() => {
  useDb(new AppDB(`shared-parse-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const names = (s: Awaited<ReturnType<typeof readParsed>>) => s.entries.map((e) => String(e.data.name)).sort();

describe('a form\'s rows parsed once for every reader of the page', () => {
  it('gives readers the same answer until a write, then a new one with the write in it', async () => {
    await saveEntry(newEntry('roster', { name: '甲' }));
    const [a, b] = await Promise.all([readParsed('roster'), readParsed('roster')]);
    expect(b).toBe(a);
    expect(await readParsed('roster')).toBe(a);
    await saveEntry(newEntry('roster', { name: '乙' }));
    const c = await readParsed('roster');
    expect(c).not.toBe(a);
    expect(names(c)).toEqual(['乙', '甲']);
    expect(names(a)).toEqual(['甲']);
  });

  it('is frozen: a reader cannot change what the others read', async () => {
    await saveEntry(newEntry('roster', { name: '甲' }));
    const s = await readParsed('roster');
    expect(() => (s.entries as unknown[]).push(1)).toThrow(TypeError);
    expect(() => { (s.entries[0]!.data as Record<string, unknown>).name = '乙'; }).toThrow(TypeError);
    expect(names(await readParsed('roster'))).toEqual(['甲']);
  });

  it('keeps a live query that got the shared answer running again when the form\'s rows change', async () => {
    const e = await saveEntry(newEntry('roster', { name: '甲' }));
    await readParsed('roster'); // another reader parsed first: the live query below is given that parse
    const seen: string[][] = [];
    const sub = liveQuery(() => readParsed('roster')).subscribe({ next: (s) => seen.push(names(s)) });
    await expect.poll(() => seen.length).toBe(1);
    await saveEntry({ ...e, data: { ...e.data, name: '甲改' } });
    await expect.poll(() => seen.at(-1)).toEqual(['甲改']);
    await saveEntry(newEntry('roster', { name: '乙' }));
    await expect.poll(() => seen.at(-1)).toEqual(['乙', '甲改']);
    await deleteEntry(e.id);
    await expect.poll(() => seen.at(-1)).toEqual(['乙']);
    sub.unsubscribe();
  });

  it('counts a write when it starts: a reader between the write\'s request and its commit is not given the old parse', async () => {
    const e = await saveEntry(newEntry('roster', { name: '甲' }));
    const { db } = await import('../../src/storage/db');
    await readParsed('roster');
    let during: string[] = [];
    await db().transaction('rw', db().entries, async () => {
      await db().entries.put({ ...e, deletedAt: Date.now(), updatedAt: Date.now() });
      // Dexie runs live queries again at this point, before the commit that storagemutated reports.
      void readParsed('roster').then((s) => (during = names(s)));
    });
    await expect.poll(() => during).toEqual([]);
    expect(names(await readParsed('roster'))).toEqual([]);
  });

  it('reads again once the page hears that a worker it started has written (before Dexie tells it)', async () => {
    await saveEntry(newEntry('roster', { name: '甲' }));
    const a = await readParsed('roster');
    expect(await readParsed('roster')).toBe(a);
    noteWrite();
    expect(await readParsed('roster')).not.toBe(a);
  });
});
