import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { listEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { assessmentFor, loadDue, loadSpecial, newVisit } from '../../src/storage/special';
import { MemoryStorage } from './memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`special-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const child = (name: string, disabled: string) =>
  saveEntry(newEntry('roster', { name, disabled, idNumber: '', status: '县域内实际就读' }));

describe('残疾儿童 and 送教 on the device', () => {
  it('makes one assessment per child however fast the taps come, copied from the roster', async () => {
    const kid = await child('张三', '是');
    const [a, b] = await Promise.all([assessmentFor(kid.id), assessmentFor(kid.id)]);
    expect(a.id).toBe(b.id);
    expect(await listEntries('disability')).toHaveLength(1);
    expect(a.data).toMatchObject({ childId: kid.id, name: '张三' });
    expect((await assessmentFor(kid.id)).id).toBe(a.id);
  });

  it('a new visit is stored at once, dated the day given, for that child', async () => {
    const kid = await child('张三', '是');
    const v = await newVisit(kid.id, '2021-10-19');
    expect(v.data).toMatchObject({ childId: kid.id, name: '张三', date: '2021-10-19' });
    expect(v.status).toBe('draft');
    expect((await listEntries('home-teaching')).map((e) => e.id)).toEqual([v.id]);
    await expect(newVisit('no-such-child', '2021-10-19')).rejects.toThrow('找不到这名儿童');
  });

  it('lists the disabled children; 本月未满2次 follows the complete visits', async () => {
    const kid = await child('张三', '是');
    await child('李四', '否');
    expect((await loadSpecial()).children.map((c) => c.child.data.name)).toEqual(['张三']);
    // Nobody placed 送教上门 yet: nothing is owed.
    expect(await loadDue('2021-10-19')).toEqual([]);
    const a = await assessmentFor(kid.id);
    await saveEntry({ ...a, data: { ...a.data, assessDate: '2021-09-10', conclusion: '中度', placement: '送教上门' } });
    expect(await loadDue('2021-10-19')).toEqual([{ id: kid.id, name: '张三', count: 0, daysLeft: 13 }]);
    const visit = async () => {
      const v = await newVisit(kid.id, '2021-10-19');
      await saveEntry({ ...v, data: { ...v.data, teachers: '王老师', content: '识字', minutes: 60, guardian: '张父' } });
    };
    await visit();
    expect((await loadDue('2021-10-19')).map((d) => d.count)).toEqual([1]);
    await newVisit(kid.id, '2021-10-19'); // a draft does not count
    expect((await loadDue('2021-10-19')).map((d) => d.count)).toEqual([1]);
    await visit();
    expect(await loadDue('2021-10-19')).toEqual([]);
    expect((await loadDue('2021-11-01')).map((d) => d.count)).toEqual([0]);
  });
});
