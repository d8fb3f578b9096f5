// Issue 16: the localStorage journal holds children's data in plain text, so it keeps only
// edits not yet written: never a copy of a deleted entry, nothing once a write is confirmed.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppDB, db, useDb } from '../../src/storage/db';
import { allEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { deleteEntry, saveEntry, undeleteEntry } from '../../src/storage/entry-write';
import { journalAll, journalWrite } from '../../src/storage/journal';
import { openEntry } from '../../src/storage/session';
import { MemoryStorage } from './memory-storage';

// A page to hide: the session journals on pagehide, as a phone killing the tab would.
beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  g.window = new EventTarget();
  g.document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
});
const hidePage = () => (globalThis as unknown as { window: EventTarget }).window.dispatchEvent(new Event('pagehide'));

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`journal-privacy-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

/** Every journal item left in localStorage that mentions `text`. */
const copiesOf = (text: string) => {
  const out: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const v = localStorage.getItem(localStorage.key(i)!) ?? '';
    if (v.includes(text)) out.push(localStorage.key(i)!);
  }
  return out;
};
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('journal', () => {
  it('holds a copy only while the edit is unsaved: once the write is confirmed, none is left', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '张三' }));
    const s = openEntry(e);
    s.update({ ...e.data, student: '张三丰' });
    hidePage();
    expect(copiesOf('张三丰')).toHaveLength(1);
    await s.flush();
    await until(() => s.state.kind === 'saved');
    expect(copiesOf('张三丰')).toEqual([]);
    expect((await db().entries.get(e.id))?.data.student).toBe('张三丰');
    await s.close();
    expect(copiesOf('张三')).toEqual([]);
  });

  it('keeps no copy of a deleted entry, even with its editor open and typed into, and the page hidden', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '李四' }));
    const s = openEntry(e);
    s.update({ ...e.data, student: '李四（白血病治疗中）' });
    await deleteEntry(e.id);
    expect(copiesOf('李四')).toEqual([]);
    hidePage();
    expect(copiesOf('李四')).toEqual([]);
    // Nor is the typing written back: that would bring the deleted entry back.
    await s.flush();
    await s.close();
    expect(copiesOf('李四')).toEqual([]);
    const row = await db().entries.get(e.id);
    expect(row?.deletedAt).toBeTypeOf('number');
    expect(row?.data.student).toBe('李四');
  });

  it('an entry deleted in another tab: its editor here stops journalling it', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '王五' }));
    const s = openEntry(e);
    s.update({ ...e.data, student: '王五五' });
    // Another tab deletes it: only the database changes.
    await db().entries.update(e.id, { deletedAt: Date.now() });
    await until(() => s.state.kind === 'idle');
    hidePage();
    expect(copiesOf('王五')).toEqual([]);
    await s.close();
    expect(copiesOf('王五')).toEqual([]);
    expect((await db().entries.get(e.id))?.deletedAt).toBeTypeOf('number');
  });

  it('journals again once the entry is brought back with 撤销', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '赵六' }));
    await deleteEntry(e.id);
    await undeleteEntry(e.id);
    const s = openEntry((await db().entries.get(e.id))!);
    s.update({ ...e.data, student: '赵六六' });
    hidePage();
    expect(copiesOf('赵六六')).toHaveLength(1);
    await s.close();
  });

  it('of a stored entry, holds only the fields typed since its last write, and these still come back at the next start', async () => {
    const e = await saveEntry(newEntry('3-1', { student: '孙七', phone1: '13912345678', address: '东街村3组' }));
    const s = openEntry(e);
    await new Promise((r) => setTimeout(r, 50)); // the live query has seen the stored row
    s.update({ ...e.data, className: '七年级（2）班' });
    hidePage();
    expect(copiesOf('七年级（2）班')).toHaveLength(1);
    for (const other of ['孙七', '13912345678', '东街村3组']) expect(copiesOf(other)).toEqual([]);
    await s.close();

    // A tab killed before its write: the copy alone is taken in over the stored row at the first read.
    const f = await saveEntry(newEntry('3-1', { student: '周八', phone1: '13800000000' }));
    journalWrite({ ...f, data: { ...f.data, className: '八年级（1）班' } }, ['className'], f.updatedAt + 1, true);
    expect(copiesOf('周八')).toEqual([]);
    const back = (await allEntries()).find((x) => x.id === f.id)!;
    expect(back.data).toMatchObject({ student: '周八', phone1: '13800000000', className: '八年级（1）班' });
    expect(journalAll()).toEqual([]);
  });
});
