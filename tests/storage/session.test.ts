import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB, db, useDb } from '../../src/storage/db';
import { getEntry, listEntries, allEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { deleteEntry, saveEntry } from '../../src/storage/entry-write';
import { ConflictError } from '../../src/storage/errors';
import { journalWrite } from '../../src/storage/journal';
import { openEntry } from '../../src/storage/session';
import { MemoryStorage } from './memory-storage';


let n = 0;
beforeEach(() => {
  useDb(new AppDB(`session-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const stored = async (id: string) => (await db().entries.get(id))?.data;
const journalled = (id: string) => localStorage.getItem(`jiafang:pending:${id}`);

describe('storage session', () => {
  it('writes in order: the last change is the one stored, whatever the number of flushes in flight', async () => {
    const s = openEntry(newEntry('3-1', {}));
    const flushes = [];
    for (const name of ['张', '张三', '张三丰', '张三']) {
      s.update({ ...s.entry.data, student: name });
      flushes.push(s.flush());
    }
    await Promise.all(flushes);
    expect((await stored(s.entry.id))?.student).toBe('张三');
    expect(s.state.kind).toBe('saved');
    await s.close();
  });

  it('never overwrites a copy stored since it was read: the write is refused with that copy', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    await saveEntry({ ...e, data: { ...e.data, student: '李四' } }, e.updatedAt);
    const err = await saveEntry({ ...e, data: { ...e.data, student: '王五' } }, e.updatedAt).catch((x) => x);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toMatchObject({ data: { student: '李四' } });
    expect((await stored(e.id))?.student).toBe('李四');
  });

  it('two tabs typing into different fields keep both', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    const a = openEntry(e);
    const b = openEntry(e);
    a.update({ ...a.entry.data, className: '二班' });
    b.update({ ...b.entry.data, address: '东街12号' });
    await Promise.all([a.flush(), b.flush()]);
    await vi.waitFor(async () => expect(await stored(e.id)).toMatchObject({ student: '张三', className: '二班', address: '东街12号' }));
    await vi.waitFor(() => expect(a.entry.data).toMatchObject({ className: '二班', address: '东街12号' }));
    await Promise.all([a.close(), b.close()]);
  });

  it('two tabs changing one field: the second stops saving until its user chooses, and keeps its other typing', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    const a = openEntry(e);
    const b = openEntry(e);
    a.update({ ...a.entry.data, student: '张三（A）' });
    await a.flush();
    b.update({ ...b.entry.data, student: '张三（B）', className: '二班' });
    await b.flush();
    await vi.waitFor(() => expect(b.state).toMatchObject({ kind: 'conflict', keys: ['student'] }));
    expect(await stored(e.id)).toMatchObject({ student: '张三（A）' });
    b.update({ ...b.entry.data, address: '东街12号' }); // typing goes on, nothing is written
    await b.flush();
    expect((await stored(e.id))?.address).toBe('');

    await b.resolve('theirs');
    await vi.waitFor(async () => expect(await stored(e.id)).toMatchObject({ student: '张三（A）', className: '二班', address: '东街12号' }));
    expect(b.state.kind).toBe('saved');
    await Promise.all([a.close(), b.close()]);
  });

  it('保留本页内容 writes this page over the other', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    const a = openEntry(e);
    const b = openEntry(e);
    a.update({ ...a.entry.data, student: 'A' });
    await a.flush();
    b.update({ ...b.entry.data, student: 'B' });
    await b.flush();
    await vi.waitFor(() => expect(b.state.kind).toBe('conflict'));
    await b.resolve('mine');
    await vi.waitFor(async () => expect((await stored(e.id))?.student).toBe('B'));
    await vi.waitFor(() => expect(a.entry.data.student).toBe('B')); // the idle tab takes it in
    await Promise.all([a.close(), b.close()]);
  });
});

describe('start-up recovery', () => {
  it('takes journal copies into IndexedDB before any list or backup reads', async () => {
    const typed = newEntry('3-1', { student: '只在日志里' });
    journalWrite(typed);
    const old = await saveEntry(newEntry('3-1', { student: '旧名' }));
    journalWrite({ ...old, data: { ...old.data, student: '新名' } }, ['student'], old.updatedAt + 1);
    expect((await listEntries('3-1')).map((x) => x.data.student).sort()).toEqual(['只在日志里', '新名'].sort());
    expect((await allEntries()).length).toBe(2);
    expect(journalled(typed.id)).toBeNull();
    expect(journalled(old.id)).toBeNull();
  });

  it('lays only the typed fields over a newer stored row, and drops a copy older than it', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三', className: '一班' }));
    const later = await saveEntry({ ...e, data: { ...e.data, className: '二班' } });
    journalWrite({ ...e, data: { ...e.data, student: '张三丰' } }, ['student'], later.updatedAt);
    const f = await saveEntry(newEntry('3-1', { student: '李四' }));
    journalWrite({ ...f, data: { ...f.data, student: '过时' } }, ['student'], f.updatedAt - 1);
    expect(await getEntry(e.id)).toMatchObject({ data: { student: '张三丰', className: '二班' } });
    expect((await getEntry(f.id))?.data.student).toBe('李四');
  });

  it('drops the journal copy of a deleted entry, on delete and at start', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    journalWrite(e);
    await deleteEntry(e.id);
    expect(journalled(e.id)).toBeNull();

    const f = await saveEntry(newEntry('3-1', { student: '李四' }));
    await db().entries.update(f.id, { deletedAt: Date.now() });
    journalWrite({ ...f, data: { ...f.data, student: '李四改' } }, ['student'], Date.now() + 1000);
    expect(await listEntries('3-1')).toEqual([]);
    expect(journalled(f.id)).toBeNull();
    expect((await db().entries.get(f.id))?.deletedAt).toBeDefined();
  });
});
