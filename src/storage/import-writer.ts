// The page's side of the import writer: rows go to the worker in parts (one message of
// 200,000 rows would hold the page for seconds), the worker writes them in one transaction.
import type { Entry } from './entry';
import type { SeenStamp, WriteProgress } from './import-entries';
import { StorageError, UNKNOWN_FAILURE } from './errors';
import { spawnWriter } from '../worker/spawn';
import { noteWrite } from './shared-parse';
import { nextTask } from '../calc/slices';

/** A part of the rows, with what the preview saw of each (when checked). */
export interface WriterPart { rows: Entry[]; seen?: (SeenStamp | null)[] }
/** Page -> worker: parts as JSON (made and read faster than as many objects are copied); then `commit`. */
export type WriterJob = { json: string } | { commit: true };
/** A failure in a worker, with the names explain() reads (a full disk is still said as such). */
export interface ErrorReply { name: string; message: string; inner?: string }
/** Worker -> page. */
export type WriterReply =
  | { progress: number }
  | { done: true }
  | { error: ErrorReply };

/** A worker's failure as it can cross to the page. */
export function errorReply(err: unknown): ErrorReply {
  const { name = 'Error', message = '', inner } = (err ?? {}) as { name?: string; message?: string; inner?: { name?: string } };
  return { name, message: String(message), inner: inner?.name };
}

/** The page's error for a worker's failure: rebuilt with the names explain() reads. */
export const replyError = (e: ErrorReply): StorageError =>
  Object.assign(new StorageError(e.message), { name: e.name, inner: { name: e.inner } });

// Each part is one task on the page (JSON.stringify): 2,000 roster rows took about 190 ms at
// 4× slower, against a budget of 200 ms for any task.
const PART = 1000;
/**
 * Fewer rows are written on the page: faster than starting a worker, and done before a user
 * who leaves the page right after 确认导入 has left (a page's worker ends with it).
 */
const ON_PAGE = 2000;

/** Writes in a worker where the page can start one and it pays; undefined otherwise (then the caller writes). */
export function writeInWorker(entries: Entry[], seen?: Map<string, SeenStamp | null>, onProgress?: WriteProgress): Promise<void> | undefined {
  if (entries.length <= ON_PAGE || typeof Worker === 'undefined' || typeof window === 'undefined') return undefined;
  const worker = spawnWriter();
  return new Promise<void>((ok, fail) => {
    let ended = false;
    const end = (err?: Error) => {
      ended = true;
      noteWrite();
      worker.terminate();
      if (err) fail(err);
      else ok();
    };
    worker.onmessage = (e: MessageEvent<WriterReply>) => {
      const m = e.data;
      if ('progress' in m) onProgress?.(m.progress, entries.length);
      else if ('done' in m) end();
      else end(replyError(m.error));
    };
    // A worker that dies mid-transaction leaves it uncommitted: nothing is written.
    worker.onerror = (e) => { e.preventDefault(); end(new StorageError(UNKNOWN_FAILURE)); };
    worker.onmessageerror = () => end(new StorageError(UNKNOWN_FAILURE));
    void (async () => {
      for (let i = 0; i < entries.length && !ended; i += PART) {
        // Each part is a task of its own, the first too (not the click's that started it).
        await nextTask();
        const rows = entries.slice(i, i + PART);
        const part: WriterPart = { rows, seen: seen && rows.map((r) => seen.get(r.id) ?? null) };
        worker.postMessage({ json: JSON.stringify(part) } satisfies WriterJob);
      }
      if (!ended) worker.postMessage({ commit: true } satisfies WriterJob);
    })();
  });
}
