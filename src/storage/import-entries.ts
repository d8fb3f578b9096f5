// Writing an import: every stored row for its plan, then its entries all or none, refused when a row changed since the preview.
import { db } from './db';
import type { Entry } from './entry';
import { StorageError } from './errors';
import { writeInWorker } from './import-writer';
import { recovered } from './journal-recovery';
import { readableRows } from './unreadable-rows';

/**
 * Every stored row, deleted ones included, as stored (unparsed), for planning an import:
 * the merge compares contents and needs each row's agreed base.
 */
export async function knownEntries(): Promise<Map<string, Entry>> {
  await recovered();
  const rows = await db().entries.toArray();
  const out = new Map<string, Entry>();
  for (const r of rows) out.set(r.id, r);
  return out;
}

/** What an import's preview saw of a stored row (null: no row), to notice a change since. */
export interface SeenStamp {
  updatedAt: number;
  deletedAt?: number;
}
export const stampOf = (row: Entry | undefined): SeenStamp | null =>
  row ? { updatedAt: row.updatedAt, deletedAt: row.deletedAt } : null;
const sameStamp = (a: SeenStamp | null, b: SeenStamp | null) =>
  a === b || (!!a && !!b && a.updatedAt === b.updatedAt && (a.deletedAt ?? 0) === (b.deletedAt ?? 0));

export const CHANGED_SINCE_PREVIEW =
  '预览之后，有记录在本设备上被修改（可能在另一个标签页中）。请重新选择文件，按新的预览导入。';
const CHUNK = 5000;
/**
 * Entries written per request: the page copies each entry it writes (about 0.4 ms for a
 * roster entry on a phone 4× slower than a PC), so a bigger request would be a long task.
 */
const WRITE_CHUNK = 100;

/** Called as the writing goes on: rows handed to IndexedDB so far, of all. */
export type WriteProgress = (done: number, total: number) => void;

/**
 * Writes imported entries as they are (their own updatedAt), all or none, in one
 * transaction. With `seen` (id -> what the preview saw), refuses and writes nothing when a
 * target row changed since: the user must preview again rather than overwrite unseen work.
 * In a page the writing runs in a worker (storage/import-writer.ts): 200,000 puts on the
 * page's thread would freeze it for a minute.
 */
export async function putImported(entries: Entry[], seen?: Map<string, SeenStamp | null>, onProgress?: WriteProgress): Promise<void> {
  // Rows written here were parsed by the import: the list of unreadable rows need not parse them again.
  const readable = readableRows();
  for (const e of entries) readable.set(e.id, e.updatedAt);
  try {
    await (writeInWorker(entries, seen, onProgress) ?? writeImported(entries, seen, onProgress));
  } catch (err) {
    for (const e of entries) readable.delete(e.id);
    throw err;
  }
}

/** putImported's work, wherever it runs. Chunked: one huge request would blow the stack. */
export async function writeImported(entries: Entry[], seen?: Map<string, SeenStamp | null>, onProgress?: WriteProgress): Promise<void> {
  const table = db().entries;
  await db().transaction('rw', table, async () => {
    if (seen) {
      const changed = () => new StorageError(CHANGED_SINCE_PREVIEW);
      // Rows absent at the preview: one read of all keys, not one request per row.
      const absent = entries.filter((e) => seen.get(e.id) === null);
      if (absent.length) {
        const keys = new Set(await table.toCollection().primaryKeys());
        if (absent.some((e) => keys.has(e.id))) throw changed();
      }
      const present = entries.filter((e) => seen.get(e.id));
      for (let i = 0; i < present.length; i += CHUNK) {
        const ids = present.slice(i, i + CHUNK).map((e) => e.id);
        const now = await table.bulkGet(ids);
        if (ids.some((id, j) => !sameStamp(seen.get(id)!, stampOf(now[j])))) throw changed();
      }
    }
    // On a page each request's copy is a task the user waits on: small ones, two in flight so
    // the page copies the next while the database stores the last. A worker has no user waiting.
    const size = typeof window === 'undefined' ? CHUNK : WRITE_CHUNK;
    let last: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < entries.length; i += size) {
      onProgress?.(i, entries.length);
      // A soft-deleted row brought back by the import is live again.
      const next = table.bulkPut(entries.slice(i, i + size).map((e) => (e.deletedAt === undefined ? e : { ...e, deletedAt: undefined })));
      await last;
      last = next;
    }
    await last;
  });
}

