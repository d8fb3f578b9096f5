import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { formById } from '../../src/forms/registry';
import { deriveContext } from '../../src/storage/context';
import { AppDB, db, useDb } from '../../src/storage/db';
import { countEntries, listEntries, readEntries, storedRows } from '../../src/storage/entries';
import { newEntry, readInSlices } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { unreadableEntries } from '../../src/storage/unreadable-rows';
import { explain, inChinese, READ_FAILED, StorageError, UNKNOWN_FAILURE } from '../../src/storage/errors';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`unreadable-${n++}`));
});

const LATIN = /[A-Za-z]/;
const visit = (student: string) => newEntry('3-1', { student });
/** Writes a row as it is, past every check, as an older app or a hand-edited backup would. */
const putRaw = (row: object) => db().entries.put(row as never);

async function seed() {
  const good = await saveEntry(visit('张三'));
  const ok = visit('李四');
  await putRaw({ ...ok, id: crypto.randomUUID(), updatedAt: 'yesterday' }); // broken envelope
  await putRaw({ ...visit('王五'), data: { student: 123 } }); // data the form refuses
  await putRaw({ ...visit('赵六'), formVersion: 99 }); // from a newer app
  await putRaw({ ...visit('钱七'), formId: 'x-9' }); // a form this app does not know
  await putRaw({ ...visit('孙八'), deletedAt: 1 }); // deleted: not counted anywhere
  return good;
}

describe('unreadable rows (finding 11)', () => {
  it('a list reports the rows it leaves out, with a Chinese reason, and keeps them stored', async () => {
    const good = await seed();
    const before = await db().entries.count();
    const { entries, unreadable } = await readEntries('3-1');
    expect(entries.map((e) => e.id)).toEqual([good.id]);
    expect(unreadable).toHaveLength(3);
    for (const u of unreadable) {
      expect(u.formId).toBe('3-1');
      expect(u.reason).not.toMatch(LATIN);
    }
    const reasons = unreadable.map((u) => u.reason).sort();
    expect(reasons.some((r) => r.includes('修改时间'))).toBe(true);
    expect(reasons.some((r) => r.includes('附件3-1') && r.includes('受访学生姓名'))).toBe(true);
    expect(reasons.some((r) => r.includes('更新版本'))).toBe(true);
    expect(unreadable.find((u) => u.reason.includes('修改时间'))!.updatedAt).toBeUndefined();
    // listEntries keeps its meaning; the count is what a list shows.
    expect((await listEntries('3-1')).map((e) => e.id)).toEqual([good.id]);
    expect(await countEntries('3-1')).toBe(1);
    expect(await db().entries.count()).toBe(before);
  });

  it('the roster list, reading in slices, reports the same rows as readEntries and hides none', async () => {
    const good = await seed();
    // More rows than one read request, with rows of other forms between them in key order.
    const more = Array.from({ length: 600 }, (_, i) => visit(`学生${i}`));
    await db().entries.bulkPut(more.flatMap((e) => [e, newEntry('roster', { name: e.data.student as string })]));
    const sliced = await readInSlices(await storedRows('3-1'));
    const whole = await readEntries('3-1');
    expect(sliced.entries.map((e) => e.id)).toEqual(whole.entries.map((e) => e.id));
    expect(sliced.entries).toHaveLength(601);
    expect(sliced.entries.map((e) => e.id)).toContain(good.id);
    expect(sliced.unreadable.map((u) => u.reason).sort()).toEqual(whole.unreadable.map((u) => u.reason).sort());
    expect(sliced.unreadable).toHaveLength(3);
  });

  it('the /data/ page gets every unreadable row of any form, exactly as stored', async () => {
    await seed();
    const noForm = { id: 'not-a-uuid', data: 'junk' };
    await putRaw(noForm);
    const all = await unreadableEntries();
    expect(all).toHaveLength(5);
    const unknown = all.find((u) => u.formId === 'x-9')!;
    expect(unknown.reason).toContain('不是本应用的表格');
    const bare = all.find((u) => u.id === 'not-a-uuid')!;
    expect(bare.row).toEqual(noForm);
    expect(bare.formId).toBe('');
    for (const u of all) expect(u.reason.replace(/“x-9”/, '')).not.toMatch(LATIN);
  });

  it('a report derived from its sources says how many source rows it left out', async () => {
    await seed();
    const ctx = await deriveContext(formById('3-2')!);
    expect(ctx.sources['3-1']).toHaveLength(1);
    expect(ctx.unreadable).toBe(3);
    expect((await deriveContext(formById('1-1')!)).unreadable).toBe(0);
  });
});

describe('storage messages (finding 12)', () => {
  it('an unforeseen English error becomes a Chinese message that says what to do', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const msg = explain(new TypeError("Cannot read properties of undefined (reading 'put')"));
    expect(msg).toBe(UNKNOWN_FAILURE);
    expect(msg).not.toMatch(LATIN);
    expect(msg).toContain('请重试');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('a schema error never shows its keys', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const err = z.object({ createdAt: z.number() }).safeParse({ createdAt: 'x' }).error;
    expect(explain(err)).not.toMatch(/createdAt|[A-Za-z]/);
    expect(explain('just a string')).toBe(UNKNOWN_FAILURE);
    // Opening a record that fails does not claim a save failed.
    expect(explain(new RangeError('Invalid time value'), READ_FAILED)).toBe(READ_FAILED);
    expect(READ_FAILED).not.toMatch(/[A-Za-z]/);
    log.mockRestore();
  });

  it('our own Chinese messages and the known browser failures are kept', () => {
    expect(explain(new StorageError('此记录来自更新版本的应用'))).toBe('此记录来自更新版本的应用');
    expect(explain({ name: 'QuotaExceededError' })).toContain('存储空间已满');
    expect(inChinese(new Error('字体下载失败（404）'), '备用')).toBe('字体下载失败（404）');
  });
});
