import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { saveSettings, loadSettings } from '../../src/storage/settings';
import { refDateOf } from '../../src/settings/schema';
import { listHandler, type ListReply } from '../../src/worker/list-job';
import { parseStored } from '../../src/storage/entries';
import { MemoryStorage } from '../storage/memory-storage';

// The list worker begins its work before the page asks (worker/list-job.ts): the page's first
// question may take that answer only when it is still true.
let n = 0;
let posts: ListReply<string, number>[] = [];
beforeEach(() => {
  useDb(new AppDB(`list-job-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  posts = [];
  (globalThis as { self?: unknown }).self = { postMessage: (m: ListReply<string, number>) => posts.push(m) };
});

/** A list of the roster children's names, noting each time the work is done and for which date. */
function names() {
  const dates: string[] = [];
  const onMessage = listHandler(async (refDate) => {
    dates.push(refDate);
    const { entries } = await parseStored('roster');
    return { rows: entries.map((e) => String(e.data.name)).sort(), done: entries.length };
  });
  const ask = (gen: number, refDate: string) => onMessage({ data: { gen, refDate } } as MessageEvent);
  return { dates, ask };
}
const settled = () => new Promise((ok) => setTimeout(ok, 50));
const refDate = async () => refDateOf(await loadSettings());
const answer = (gen: number) => posts.filter((p) => p.gen === gen);

describe('a list worker that begins before the page asks', () => {
  it('answers the first question with the work begun at start, for the same date and nothing written since', async () => {
    await saveEntry(newEntry('roster', { name: '甲' }));
    const list = names();
    await settled();
    await list.ask(1, await refDate());
    expect(list.dates).toEqual([await refDate()]);
    expect(answer(1)).toEqual([{ gen: 1, rows: ['甲'] }, { gen: 1, done: 1 }]);
    // Every later question reads again.
    await saveEntry(newEntry('roster', { name: '乙' }));
    await list.ask(2, await refDate());
    expect(list.dates).toHaveLength(2);
    expect(answer(2)).toEqual([{ gen: 2, rows: ['乙', '甲'] }, { gen: 2, done: 2 }]);
  });

  it('reads again when a child was written after the work began, before the page asked', async () => {
    await saveEntry(newEntry('roster', { name: '甲' }));
    const list = names();
    await settled();
    await saveEntry(newEntry('roster', { name: '乙' }));
    await list.ask(1, await refDate());
    expect(list.dates).toHaveLength(2);
    expect(answer(1)).toEqual([{ gen: 1, rows: ['乙', '甲'] }, { gen: 1, done: 2 }]);
  });

  it('reads again when the page asks for another date (its settings journal can differ from the stored row)', async () => {
    const list = names();
    await settled();
    await list.ask(1, '2030-08-31');
    expect(list.dates).toEqual([await refDate(), '2030-08-31']);
    expect(answer(1)).toEqual([{ gen: 1, done: 0 }]);
  });

  it('begins with the date of the stored settings', async () => {
    const s = await loadSettings();
    await saveSettings({ ...s, ageRef: '09-01' });
    const list = names();
    await settled();
    expect(list.dates).toEqual([await refDate()]);
    expect(list.dates[0]).toMatch(/-09-01$/);
  });
});
