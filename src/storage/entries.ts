import type { EntryData } from '../forms/kit/field';
import type { FormDef } from '../forms/kit/define';
import { formById } from '../forms/registry';
import { db } from './db';
import { entryEnvelope, type Entry, type EntryStatus } from './entry';
import { StorageError } from './errors';
import { journalClear, journalRead } from './journal';
import { unreadable, type Unreadable } from './unreadable';

function def(formId: string): FormDef {
  const form = formById(formId);
  if (!form) throw new StorageError(`未知的表格：${formId}`);
  return form;
}

export function statusOf(form: FormDef, data: EntryData): EntryStatus {
  return Object.keys(form.check(data)).length === 0 ? 'complete' : 'draft';
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

/** Writes an entry with its data checked by the form; status is derived, never trusted. */
export async function saveEntry(entry: Entry): Promise<Entry> {
  const form = def(entry.formId);
  const data = form.draftSchema.parse(entry.data);
  const row: Entry = { ...entry, formVersion: form.version, data, status: statusOf(form, data), updatedAt: Date.now() };
  await db().entries.put(row);
  return row;
}

/**
 * Reads an entry, first taking in the copy a closing tab left in the journal when it is
 * newer than the stored one (or the entry was never stored).
 */
export async function getEntry(id: string): Promise<Entry | undefined> {
  const row = await db().entries.get(id);
  const pending = journalRead(id);
  if (pending && !row?.deletedAt) {
    try {
      const p = parseEntry(pending);
      if (p.id === id && (!row || p.updatedAt > row.updatedAt)) {
        journalClear(id);
        return await saveEntry(p);
      }
    } catch {
      /* a journal copy that does not parse is ignored */
    }
    journalClear(id);
  }
  return row && !row.deletedAt ? parseEntry(row) : undefined;
}

/**
 * Live entries of a form, newest first, and its stored rows that no longer parse (kept
 * untouched, listed on /data/, and left out of every list and total that says so).
 * Read by the plain formId index: a row with a broken updatedAt is missing from the
 * compound one and would vanish without a mark.
 */
export async function readEntries(formId: string): Promise<{ entries: Entry[]; unreadable: Unreadable[] }> {
  const rows = await db().entries.where('formId').equals(formId).toArray();
  return split(rows);
}

function split(rows: unknown[]): { entries: Entry[]; unreadable: Unreadable[] } {
  const entries: Entry[] = [];
  const bad: Unreadable[] = [];
  for (const r of rows) {
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

/** Live entries of a form, newest first (rows that no longer parse: see readEntries). */
export async function listEntries(formId: string): Promise<Entry[]> {
  return (await readEntries(formId)).entries;
}

/** Entries a list of the form shows (unreadable rows are not counted). */
export async function countEntries(formId: string): Promise<number> {
  return (await readEntries(formId)).entries.length;
}

/** Every stored row of any form, or of none, that no longer parses: for /data/. */
export async function unreadableEntries(): Promise<Unreadable[]> {
  return split(await db().entries.toArray()).unreadable;
}

export async function deleteEntry(id: string): Promise<void> {
  await db().entries.update(id, { deletedAt: Date.now() });
}

export async function undeleteEntry(id: string): Promise<void> {
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
 * Writes imported entries as they are (their own updatedAt), all or none, in one
 * transaction. With `seen` (id -> what the preview saw), refuses and writes nothing when a
 * target row changed since: the user must preview again rather than overwrite unseen work.
 * Chunked so that a 200,000-entry restore neither builds one huge request nor blows the stack.
 */
export async function putImported(entries: Entry[], seen?: Map<string, SeenStamp | null>): Promise<void> {
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
    for (let i = 0; i < entries.length; i += CHUNK)
      await table.bulkPut(entries.slice(i, i + CHUNK).map((e) => ({ ...e, deletedAt: undefined })));
  });
}

/** Every live stored row of every form, unreadable ones included as they are, for a backup. */
export async function allEntries(): Promise<Entry[]> {
  const rows = await db().entries.toArray();
  return rows.filter((r) => !r.deletedAt);
}

/** Whether an entry has been written yet (a new one is kept only once typed into). */
export async function entryExists(id: string): Promise<boolean> {
  return (await db().entries.get(id)) !== undefined;
}
