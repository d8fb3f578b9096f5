import Dexie from 'dexie';
import type { EntryData } from '../forms/kit/field';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../forms/kit/define';
import { needsContext, statusOfData } from '../forms/kit/evaluate';
import { formById } from '../forms/registry';
import { db } from './db';
import { entryEnvelope, type Entry, type EntryStatus } from './entry';
import { ConflictError, StorageError } from './errors';
import { writeInWorker } from './import-writer';
import { deriveContext } from './context';
import { journalAll, journalAllow, journalClear, journalForget, onJournalElsewhere } from './journal';
import { unreadable, type Unreadable } from './unreadable';
import { runAtOnce, runInSlices } from '../calc/slices';
import { notePendingChange } from './status-pending';

function def(formId: string): FormDef {
  const form = formById(formId);
  if (!form) throw new StorageError(`未知的表格：${formId}`);
  return form;
}

/**
 * The status evaluate() gives the entry. A report computed from other forms (1-1 from the
 * roster, 3-2 from 3-1) needs their entries and the settings (`ctx`): without them its
 * computed numbers are missing and it would look like a draft that the editor shows 完成.
 */
export function statusOf(form: FormDef, data: EntryData, ctx: DeriveContext = NO_SOURCES): EntryStatus {
  return statusOfData(form, data, ctx);
}

/**
 * Entries with the status evaluate() gives them today. A computed report's status changes
 * when its sources change (a child added to the roster), without the report being written:
 * it is worked out again on every read, with the same context the editor uses.
 */
async function withCurrentStatus(form: FormDef, entries: Entry[]): Promise<Entry[]> {
  if (!needsContext(form) || !entries.length) return entries;
  const ctx = await deriveContext(form);
  return entries.map((e) => {
    const status = statusOf(form, e.data, ctx);
    return status === e.status ? e : { ...e, status };
  });
}

/** Parses a stored or imported row: envelope, then migration, then the form's own schema. */
export function parseEntry(raw: unknown): Entry {
  const env = entryEnvelope.parse(raw);
  const form = def(env.formId);
  if (env.formVersion > form.version)
    throw new StorageError(`此记录来自更新版本的应用（${form.annex} 第${env.formVersion}版），请先更新应用`);
  const data = form.draftSchema.parse(form.migrate(env.data as EntryData, env.formVersion));
  return { ...env, formVersion: form.version, data, status: statusOf(form, data) };
}

export function newEntry(formId: string, data: EntryData, now = Date.now()): Entry {
  const form = def(formId);
  const full = { ...form.emptyData(), ...data };
  return {
    id: crypto.randomUUID(),
    formId,
    formVersion: form.version,
    createdAt: now,
    updatedAt: now,
    status: statusOf(form, full),
    data: form.draftSchema.parse(full),
  };
}

/**
 * Writes an entry with its data checked by the form; status is derived, never trusted.
 * With `expected` (the updatedAt the writer last wrote or read) it is a compare-and-set: a
 * copy stored since by someone else (another tab, an import) is not overwritten, the write
 * throws ConflictError with that copy. updatedAt only ever rises, so any later write is seen.
 * A roster child whose 就学状态 changes gets a 待补充 change in the ledger in the same
 * transaction, unless the caller writes the change itself (`ledgered`: /monitor/).
 */
export async function saveEntry(entry: Entry, expected?: number, { ledgered = false } = {}): Promise<Entry> {
  const form = def(entry.formId);
  const data = form.draftSchema.parse(entry.data);
  // The context is read before the write's transaction, which holds the entries table only.
  // Inside another transaction (journal recovery, a merge) it cannot be read: the status
  // stored then is worked out again on every read (withCurrentStatus).
  const ctx = needsContext(form) && !Dexie.currentTransaction ? await deriveContext(form) : NO_SOURCES;
  return db().transaction('rw', db().entries, async () => {
    const cur = await db().entries.get(entry.id);
    if (expected !== undefined && cur && cur.updatedAt !== expected) throw new ConflictError(cur);
    if (form.id === 'roster' && cur && !cur.deletedAt && !ledgered) await notePendingChange(cur, { ...entry, data });
    const updatedAt = Math.max(Date.now(), (cur?.updatedAt ?? 0) + 1);
    const createdAt = cur?.createdAt ?? entry.createdAt;
    const row: Entry = { ...entry, createdAt, formVersion: form.version, data, status: statusOf(form, data, ctx), updatedAt };
    delete row.deletedAt;
    await db().entries.put(row);
    return row;
  });
}

const recoveries = new WeakMap<object, Promise<void>>();
// Reads run inside live queries, where Dexie forbids writes: the recovery starts from a
// timer, outside any query.
const outsideQueries = (after = 0) => new Promise<void>((ok) => setTimeout(() => ok(takeJournal()), after));

/**
 * Takes in, once per page, the journal copies that closing tabs left in localStorage, so
 * that lists, tallies, exports and backups see them. A copy older than the stored row, or of
 * a deleted entry, is dropped; otherwise the fields it typed are written over the stored row.
 */
export function recovered(): Promise<void> {
  const d = db();
  let done = recoveries.get(d);
  if (!done) recoveries.set(d, (done = outsideQueries()));
  // Awaiting a promise that is not Dexie's would make a live query lose track of its reads.
  return Dexie.waitFor(done);
}

// A tab closing while this one is open leaves its copy after this one started. Its own
// write usually lands within milliseconds and clears the copy; what is left after this
// pause is taken in, and every later read waits for it.
const LATE_MS = 500;
onJournalElsewhere(() => {
  const d = db();
  recoveries.set(d, (recoveries.get(d) ?? Promise.resolve()).then(() => outsideQueries(LATE_MS)));
});

async function takeJournal(): Promise<void> {
  for (const { id, copy } of journalAll()) {
    let mine: Entry;
    let at: number;
    let keys: string[] | undefined;
    let partial: boolean | undefined;
    try {
      ({ at, keys, partial } = copy as { at: number; keys?: string[]; partial?: boolean });
      mine = parseEntry((copy as { entry: unknown }).entry);
      if (mine.id !== id) throw new StorageError('journal copy of another entry');
    } catch {
      journalClear(id); // unreadable: it would block every start
      continue;
    }
    try {
      await db().transaction('rw', db().entries, async () => {
        const cur = await db().entries.get(id);
        // A partial copy without its stored row (gone since) is not an entry on its own.
        if (cur?.deletedAt || (cur && cur.updatedAt > at) || (!cur && partial)) return;
        const data = cur && keys ? { ...parseEntry(cur).data, ...Object.fromEntries(keys.map((k) => [k, mine.data[k]])) } : mine.data;
        await saveEntry({ ...(cur ?? mine), data });
      });
      journalClear(id);
    } catch {
      // Not written (a page closed mid-write, a full disk): the copy stays for the next start.
    }
  }
}

/** Reads an entry (after the start-up recovery of journal copies). */
export async function getEntry(id: string): Promise<Entry | undefined> {
  await recovered();
  const row = await db().entries.get(id);
  if (!row || row.deletedAt) return undefined;
  const entry = parseEntry(row);
  return (await withCurrentStatus(def(entry.formId), [entry]))[0];
}

/**
 * Live entries of a form, newest first, and its stored rows that no longer parse (kept
 * untouched, listed on /data/, and left out of every list and total that says so).
 * Read by the plain formId index: a row with a broken updatedAt is missing from the
 * compound one and would vanish without a mark.
 */
export async function readEntries(formId: string): Promise<{ entries: Entry[]; unreadable: Unreadable[] }> {
  const read = await readParsed(formId);
  const form = formById(formId);
  return form ? { ...read, entries: await withCurrentStatus(form, read.entries) } : read;
}

/**
 * readEntries without working computed reports' statuses out again: what a derive context
 * reads of its sources (their data, never their status).
 */
export async function readParsed(formId: string): Promise<{ entries: Entry[]; unreadable: Unreadable[] }> {
  await recovered();
  const rows = await db().entries.where('formId').equals(formId).toArray();
  return split(rows);
}

type Split = { entries: Entry[]; unreadable: Unreadable[] };
const split = (rows: unknown[]): Split => runAtOnce(splitSteps(rows));

function* splitSteps(rows: unknown[]): Generator<void, Split> {
  const entries: Entry[] = [];
  const bad: Unreadable[] = [];
  for (const [i, r] of rows.entries()) {
    if (i % 50 === 0) yield;
    if ((r as { deletedAt?: unknown })?.deletedAt) continue;
    try {
      entries.push(parseEntry(r));
    } catch (err) {
      bad.push(unreadable(r, err));
    }
  }
  entries.sort((a, b) => b.updatedAt - a.updatedAt);
  return { entries, unreadable: bad };
}

/**
 * Rows read per request by storedRows: copying a stored row into the page takes about
 * 0.3 ms on a phone 4× slower than a PC, and one request for 20,000 would be one long task.
 */
const READ_CHUNK = 250;

/**
 * A form's stored rows as stored, deleted ones included, for readInSlices: read in short
 * requests by ranges of keys (rows of other forms are dropped). A live query watches key
 * ranges only: reading by the formId index would make it note each of 20,000 keys, one
 * long task on a phone.
 */
export async function storedRows(formId: string): Promise<unknown[]> {
  await recovered();
  const table = db().entries;
  const rows: unknown[] = [];
  for (let page = await table.orderBy(':id').limit(READ_CHUNK).toArray(); page.length;) {
    for (const r of page) if (r.formId === formId) rows.push(r);
    if (page.length < READ_CHUNK) break;
    page = await table.where(':id').above(page[page.length - 1]!.id).limit(READ_CHUNK).toArray();
  }
  return rows;
}

/**
 * readEntries' answer for rows from storedRows, parsed in slices between which the page
 * stays responsive (a county's 20,000 children take seconds on a phone). It yields to the
 * event loop, so call it outside live queries.
 */
export const readInSlices = (rows: unknown[]): Promise<Split> => runInSlices(splitSteps(rows));

/** Live entries of a form, newest first (rows that no longer parse: see readEntries). */
export async function listEntries(formId: string): Promise<Entry[]> {
  return (await readEntries(formId)).entries;
}

/** Whether a form has any live entry, read without parsing them all (a 20,000-child roster). */
export async function hasEntries(formId: string): Promise<boolean> {
  await recovered();
  const first = await db().entries.where('formId').equals(formId)
    .filter((r) => !(r as { deletedAt?: unknown }).deletedAt).first();
  return first !== undefined;
}

/** Entries a list of the form shows (unreadable rows are not counted). */
export async function countEntries(formId: string): Promise<number> {
  return (await readEntries(formId)).entries.length;
}

// Rows known to parse, by id -> updatedAt (every write raises updatedAt, so a changed row is
// checked again). After a 200,000-entry restore, /data/'s list of unreadable rows would
// otherwise parse every row again on the page's thread.
const readableIn = new WeakMap<object, Map<string, number>>();
const readableRows = () => {
  let m = readableIn.get(db());
  if (!m) readableIn.set(db(), (m = new Map()));
  return m;
};

/**
 * Rows an import writes from a worker, checked there (see putImported): marked before the
 * write, forgotten if it fails.
 */
export function markReadable(ids: readonly string[], stamps: readonly number[]): void {
  const readable = readableRows();
  ids.forEach((id, i) => readable.set(id, stamps[i]!));
}
export function forgetReadable(ids: Iterable<string>): void {
  const readable = readableRows();
  for (const id of ids) readable.delete(id);
}

/** Every stored row of any form, or of none, that no longer parses: for /data/. */
export async function unreadableEntries(): Promise<Unreadable[]> {
  await recovered();
  const table = db().entries;
  const readable = readableRows();
  // Keys first: a row known to parse is not even read (reading 200,000 rows takes seconds).
  // A row without a key in the updatedAt index (a broken updatedAt) is never known; when the
  // index holds every row (the count says so) its keys are all the keys, read once.
  const [count, stampIds, stamps] = await Promise.all([
    table.count(), table.orderBy('updatedAt').primaryKeys(), table.orderBy('updatedAt').keys(),
  ]);
  const ids = count === stampIds.length ? stampIds : await table.toCollection().primaryKeys();
  const stamp = new Map(stampIds.map((id, i) => [id, stamps[i]]));
  const unknown = ids.filter((id) => !readable.has(id) || readable.get(id) !== stamp.get(id));
  const bad: Unreadable[] = [];
  for (const r of await table.bulkGet(unknown)) {
    if (!r || r.deletedAt) continue;
    try {
      parseEntry(r);
      readable.set(r.id, r.updatedAt);
    } catch (err) {
      bad.push(unreadable(r, err));
    }
  }
  return bad;
}

export async function deleteEntry(id: string): Promise<void> {
  await db().entries.update(id, { deletedAt: Date.now() });
  // A journal copy would otherwise outlive the entry it belonged to (children's data left in
  // localStorage), and an editor still open on it would write another.
  journalForget(id);
}

export async function undeleteEntry(id: string): Promise<void> {
  journalAllow(id);
  await db().entries.where('id').equals(id).modify((r) => {
    delete r.deletedAt;
  });
}

/**
 * Merges records of one child: `kept` is written and the `others` soft-deleted in one
 * transaction; with `restore` the same call undoes it (the earlier `kept`, the others back).
 */
export async function mergeEntries(kept: Entry, others: readonly string[], restore = false): Promise<Entry> {
  return db().transaction('rw', db().entries, async () => {
    const row = await saveEntry(kept);
    for (const id of others) await (restore ? undeleteEntry(id) : deleteEntry(id));
    return row;
  });
}

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

/** Every live stored row of every form, unreadable ones included as they are, for a backup. */
export async function allEntries(): Promise<Entry[]> {
  await recovered();
  const rows = await db().entries.toArray();
  return rows.filter((r) => !r.deletedAt);
}

/** Whether an entry has been written yet (a new one is kept only once typed into). */
export async function entryExists(id: string): Promise<boolean> {
  await recovered();
  return (await db().entries.get(id)) !== undefined;
}
