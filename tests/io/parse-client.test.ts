// The page's side of the parsing worker: a dead worker is a Chinese message, 取消 ends it;
// an own-files import is planned and written by the worker that holds its rows.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKER_DIED } from '../../src/io/limits';
import { parseInWorker } from '../../src/io/parse/client';
import { importOwnFiles } from '../../src/io/parse/own-client';
import { defaultSettings } from '../../src/settings/schema';
import * as unreadableRows from '../../src/storage/unreadable-rows';
import * as importEntries from '../../src/storage/import-entries';
import { explain, UNKNOWN_FAILURE } from '../../src/storage/errors';

vi.mock('../../src/storage/unreadable-rows', async (orig) => ({
  ...(await orig<typeof unreadableRows>()),
  markReadable: vi.fn(), forgetReadable: vi.fn(),
}));
vi.mock('../../src/storage/import-entries', async (orig) => ({
  ...(await orig<typeof importEntries>()),
  putImported: vi.fn(async () => {}),
}));

/** Stands in for the browser's Worker: the test plays the worker's side. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(m: unknown) { this.posted.push(m); }
  terminate() { this.terminated = true; }
  send(data: unknown) { this.onmessage?.({ data } as MessageEvent); }
}

const start = () => {
  const w = new FakeWorker();
  const progress: unknown[] = [];
  const file = new File(['姓名'], 'a.csv');
  const p = parseInWorker({ kind: 'roster', file }, (x) => progress.push(x), () => w as unknown as Worker);
  return { w, p, progress };
};

describe('parseInWorker', () => {
  it('passes progress on and gives the result, then ends the worker', async () => {
    const { w, p, progress } = start();
    expect(w.posted).toHaveLength(1);
    w.send({ type: 'progress', done: 1, total: 2, step: '正在解析表格' });
    w.send({ type: 'done', result: { error: '文件中没有数据。' } });
    expect(await p.done).toEqual({ error: '文件中没有数据。' });
    expect(progress).toEqual([{ type: 'progress', done: 1, total: 2, step: '正在解析表格' }]);
    expect(w.terminated).toBe(true);
  });

  it('puts a roster sheet back together from the slices of rows sent ahead of it', async () => {
    const { w, p } = start();
    w.send({ type: 'sheetRows', rows: [['张三'], ['李四']] });
    w.send({ type: 'sheetRows', rows: [['王五']] });
    w.send({ type: 'done', result: { headers: ['姓名'], rows: [], headerRow: 1, firstRow: 2, sheetName: 'a' } });
    expect(await p.done).toEqual({ headers: ['姓名'], rows: [['张三'], ['李四'], ['王五']], headerRow: 1, firstRow: 2, sheetName: 'a' });
  });

  it('says in Chinese that the file is too large or damaged when the worker dies', async () => {
    const { w, p } = start();
    w.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(await p.done).toEqual({ error: WORKER_DIED });
    expect(WORKER_DIED).toMatch(/文件太大或已损坏.*未导入任何内容/);
  });

  it('取消 ends the worker and gives nothing; a late answer is ignored', async () => {
    const { w, p } = start();
    p.cancel();
    w.send({ type: 'done', result: { error: 'late' } });
    expect(await p.done).toBeNull();
    expect(w.terminated).toBe(true);
  });
});

describe('importOwnFiles', () => {
  beforeEach(() => vi.clearAllMocks());
  const start = () => {
    const w = new FakeWorker();
    const progress: unknown[] = [];
    const job = importOwnFiles([new File(['{}'], 'b.json')], (x) => progress.push(x), () => w as unknown as Worker);
    return { w, job, progress };
  };
  const tick = () => new Promise((ok) => setTimeout(ok));
  const view = { tally: { new: 3, updated: 0, unchanged: 0, rejected: 0, conflict: 0, edited: 0 }, writes: 3, notes: [], rows: [] };

  it('reads in the worker, asks it for plans with the user\'s choices, and leaves the rows there', async () => {
    const { w, job, progress } = start();
    expect(w.posted[0]).toMatchObject({ kind: 'own' });
    w.send({ type: 'progress', done: 0, total: 3, step: '正在检查第 1 / 3 条记录' });
    w.send({ type: 'done', result: { errors: [], settings: null } });
    expect(await job.read).toEqual({ errors: [], settings: null });
    expect(progress).toHaveLength(1);
    const planned = job.plan(1000, new Map([[2, 'file']]), new Set([1]));
    await tick();
    expect(w.posted[1]).toEqual({ ask: 'plan', now: 1000, choices: [[2, 'file']], takeVisible: [1] });
    w.send({ type: 'planned', view });
    expect(await planned).toEqual(view);
    expect(w.terminated).toBe(false);
  });

  it('a big import is written by the worker; its rows are marked readable first, and forgotten if the write fails', async () => {
    const { w, job } = start();
    w.send({ type: 'done', result: { errors: [], settings: null } });
    await job.read;
    const seen: number[] = [];
    const settings = { ...defaultSettings(), unit: '城关中学' };
    const done = job.commit((n) => seen.push(n), settings);
    await tick();
    // The backup's settings go with the rows: one transaction for both.
    expect(w.posted[1]).toEqual({ ask: 'commit', settings });
    w.send({ type: 'readable', ids: ['a', 'b'], stamps: [1, 2] });
    w.send({ type: 'writing', done: 0, total: 2 });
    w.send({ type: 'written', count: 2, settings: true });
    expect(await done).toEqual({ count: 2, settings: true });
    expect(unreadableRows.markReadable).toHaveBeenCalledWith(['a', 'b'], [1, 2]);
    expect(seen).toEqual([0]);
    expect(unreadableRows.forgetReadable).not.toHaveBeenCalled();

    const again = start();
    again.w.send({ type: 'done', result: { errors: [], settings: null } });
    const failed = again.job.commit();
    await tick();
    again.w.send({ type: 'readable', ids: ['c'], stamps: [3] });
    again.w.send({ type: 'error', error: { name: 'QuotaExceededError', message: 'full' } });
    const err = await failed.catch((e: unknown) => e);
    expect(explain(err)).toMatch(/设备存储空间已满/);
    expect(unreadableRows.forgetReadable).toHaveBeenCalledWith(['c']);
  });

  it('确认导入 tapped while a plan is made again waits for it; tapped twice, it writes once', async () => {
    const { w, job } = start();
    w.send({ type: 'done', result: { errors: [], settings: null } });
    const planned = job.plan(1000, new Map([[0, 'local']]), new Set());
    const done = job.commit();
    expect(job.commit()).toBe(done);
    await tick();
    expect(w.posted).toHaveLength(2); // the job, then the plan: the commit waits
    w.send({ type: 'planned', view });
    expect(await planned).toEqual(view);
    await tick();
    expect(w.posted.slice(2)).toEqual([{ ask: 'commit' }]);
    w.send({ type: 'written', count: 3, settings: false });
    expect(await done).toEqual({ count: 3, settings: false });
  });

  it('a small import comes back to the page and is written there, with what the preview saw', async () => {
    const { w, job } = start();
    w.send({ type: 'done', result: { errors: [], settings: null } });
    await job.read;
    const done = job.commit();
    await tick();
    const row = { id: 'x', formId: 'roster', formVersion: 1, createdAt: 1, updatedAt: 2, status: 'draft', data: {} };
    w.send({ type: 'writes', json: JSON.stringify({ rows: [row], seen: [{ updatedAt: 1 }] }) });
    expect(await done).toEqual({ count: 1, settings: false });
    expect(importEntries.putImported).toHaveBeenCalledWith([row], new Map([['x', { updatedAt: 1 }]]), undefined);
  });

  it('a worker that dies says so in Chinese: reading, nothing read; writing, nothing written', async () => {
    let { w, job } = start();
    w.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(await job.read).toEqual({ error: WORKER_DIED });
    expect(w.terminated).toBe(true);

    ({ w, job } = start());
    w.send({ type: 'done', result: { errors: [], settings: null } });
    await job.read;
    const done = job.commit();
    await tick();
    w.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(explain(await done.catch((e: unknown) => e))).toBe(UNKNOWN_FAILURE);
  });

  it('取消 ends the worker and gives nothing', async () => {
    const { w, job } = start();
    job.end();
    w.send({ type: 'done', result: { errors: [], settings: null } });
    expect(await job.read).toBeNull();
    expect(w.terminated).toBe(true);
  });
});
