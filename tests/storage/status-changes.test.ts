import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/calc/calendar';
import { AppDB, db, useDb } from '../../src/storage/db';
import { getEntry, listEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { completeChange, loadChanges, recordStatusChange } from '../../src/storage/status-changes';
import { MemoryStorage } from './memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`status-changes-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const child = (name: string, status = '县域内实际就读') =>
  saveEntry(newEntry('roster', { name, idNumber: '610526201001010011', status }));

describe('recording a change of 就学状态 on /monitor/', () => {
  it('writes the roster child’s new status and the ledger entry together', async () => {
    const c = await child('张三');
    await recordStatusChange({ childId: c.id, to: '疑似辍学', date: '2026-11-10', reason: '发现疑似辍学', note: '连续3天未到校' });
    expect((await getEntry(c.id))!.data).toMatchObject({ status: '其他情况', sub: '疑似辍学' });
    const [e] = await listEntries('status-change');
    expect(e!.data).toMatchObject({ childId: c.id, name: '张三', from: '县域内实际就读', to: '疑似辍学', reason: '发现疑似辍学', date: '2026-11-10' });
    expect(e!.status).toBe('complete');
    expect((await loadChanges('2026-11')).changes).toHaveLength(1);
    expect((await loadChanges('2026-12')).changes).toHaveLength(0);
  });

  it('writes nothing when one half cannot be written', async () => {
    const c = await child('李四');
    // A roster row that no longer parses: the ledger entry must not be left alone.
    await db().entries.update(c.id, { data: { ...c.data, name: 42 } });
    await expect(recordStatusChange({ childId: c.id, to: '县域外就读', date: '2026-11-10', reason: '转学转出' })).rejects.toThrow();
    expect(await listEntries('status-change')).toHaveLength(0);
    await expect(recordStatusChange({ childId: 'nobody', to: '县域外就读', date: '2026-11-10', reason: '转学转出' })).rejects.toThrow(/花名册中没有/);
  });

  it('refuses a bad date, no reason, or the same state for a reason that changes it', async () => {
    const c = await child('王五');
    await expect(recordStatusChange({ childId: c.id, to: '县域外就读', date: '2026-13-01', reason: '转学转出' })).rejects.toThrow(/日期/);
    await expect(recordStatusChange({ childId: c.id, to: '县域外就读', date: '2026-11-01', reason: '' })).rejects.toThrow(/原因/);
    await expect(recordStatusChange({ childId: c.id, to: '县域内实际就读', date: '2026-11-01', reason: '转学转出' })).rejects.toThrow(/相同/);
    await recordStatusChange({ childId: c.id, to: '县域内实际就读', date: '2026-11-01', reason: '休学' });
    expect(await listEntries('status-change')).toHaveLength(1);
  });
});

describe('a status changed in the roster’s editor', () => {
  it('is recorded as 待补充, one entry however often it is retyped, none once typed back', async () => {
    const c = await child('赵六');
    const a = await saveEntry({ ...c, data: { ...c.data, status: '县域外就读' } });
    const b = await saveEntry({ ...a, data: { ...a.data, status: '延缓入学' } });
    let list = await loadChanges(localIsoDate(new Date()).slice(0, 7));
    expect(list.pending.map((e) => [e.data.from, e.data.to, e.data.reason])).toEqual([['县域内实际就读', '延缓入学', '待补充']]);
    expect(list.pending[0]!.status).toBe('draft');

    await completeChange(list.pending[0]!.id, { reason: '其他', note: '家长申请' });
    list = await loadChanges(localIsoDate(new Date()).slice(0, 7));
    expect(list.pending).toHaveLength(0);
    expect(list.changes[0]!.status).toBe('complete');

    // A new edit after the reason was given is a new change; typing it back removes it.
    const d = await saveEntry({ ...b, data: { ...b.data, status: '县域外就读' } });
    expect((await listEntries('status-change'))).toHaveLength(2);
    await saveEntry({ ...d, data: { ...d.data, status: '延缓入学' } });
    expect((await listEntries('status-change'))).toHaveLength(1);
  });

  it('leaves other edits and a child’s first status out of the ledger', async () => {
    const c = await child('钱七');
    await saveEntry({ ...c, data: { ...c.data, village: '东村' } });
    const blank = await child('孙八', '');
    await saveEntry({ ...blank, data: { ...blank.data, status: '县域内实际就读' } });
    expect(await listEntries('status-change')).toHaveLength(0);
  });
});
