// The page's side of the parsing worker: a dead worker is a Chinese message, 取消 ends it.
import { describe, expect, it } from 'vitest';
import { WORKER_DIED } from '../../src/io/limits';
import { parseInWorker } from '../../src/io/parse/client';

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

  it('joins the checked rows the worker sends in parts, in order, into the result', async () => {
    const w = new FakeWorker();
    const p = parseInWorker({ kind: 'own', files: [] }, () => {}, () => w as unknown as Worker);
    const row = (n: number) => ({ source: 'b.json', row: n, prepared: { reason: `第${n}条` } });
    w.send({ type: 'incoming', json: JSON.stringify([row(1), row(2)]) });
    w.send({ type: 'incoming', json: JSON.stringify([row(3)]) });
    w.send({ type: 'done', result: { incoming: [], errors: [], settings: null } });
    expect(await p.done).toEqual({ incoming: [row(1), row(2), row(3)], errors: [], settings: null });
  });
});
