import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { listEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { classify, loadSuggestions } from '../../src/storage/suggestions';
import { visitEntry } from '../render/visit-entry';
import { MemoryStorage } from './memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`suggestions-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const visit = (student: string, suggestions: string) =>
  visitEntry({ student, className: '七（1）班', mode: 'face', suggestions }, crypto.randomUUID());

describe('the school’s classification of parents’ suggestions, on the device', () => {
  it('makes one entry per item however fast the changes come, and keeps it when the record is saved again', async () => {
    const record = await saveEntry(visit('张三', '希望延长课后服务时间'));
    await saveEntry(visit('李四', '没有'));
    const [item] = (await loadSuggestions()).items;
    await Promise.all([classify(item!, { topic: '课后服务' }), classify(item!, { scope: '共性' }), classify(item!, { state: '已答复' })]);
    expect(await listEntries('suggestion')).toHaveLength(1);

    // The record imported again (same id, another field changed): the classification stays.
    await saveEntry({ ...record, data: { ...record.data, points: '另写的要点' } });
    const list = await loadSuggestions();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.classification?.data).toMatchObject({ topic: '课后服务', scope: '共性', state: '已答复' });
    expect(list.items[0]!.changed).toBe(false);
    expect(list.tally.byTopic['课后服务']).toBe(1);

    // Its text rewritten: marked, counted 待处理 until the school saves it again.
    await saveEntry({ ...record, data: { ...record.data, suggestions: '希望取消课后服务' } });
    const changed = await loadSuggestions();
    expect(changed.items[0]!.changed).toBe(true);
    expect(changed.tally.byState['待处理']).toBe(1);
    await classify(changed.items[0]!, {});
    expect((await loadSuggestions()).items[0]!.changed).toBe(false);
  });

  it('is kept in backups like any entry: a suggestion entry parses back', async () => {
    const e = await saveEntry(newEntry('suggestion', { recordId: 'x', field: 'suggestions', original: '意见', topic: '安全', scope: '个性', state: '已解决' }));
    expect(e.status).toBe('complete');
  });
});
