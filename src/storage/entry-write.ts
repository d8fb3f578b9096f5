// Writing one entry: save (checked by its form, compare-and-set, the roster's ledger note), delete, undelete, merge.
import Dexie from 'dexie';
import { NO_SOURCES } from '../forms/kit/define';
import { needsContext } from '../forms/kit/evaluate';
import { db } from './db';
import type { Entry } from './entry';
import { ConflictError } from './errors';
import { deriveContext } from './context';
import { journalAllow, journalForget } from './journal';
import { formDef, statusOf } from './entry-parse';
import { notePendingChange } from './status-pending';

/**
 * Writes an entry with its data checked by the form; status is derived, never trusted.
 * With `expected` (the updatedAt the writer last wrote or read) it is a compare-and-set: a
 * copy stored since by someone else (another tab, an import) is not overwritten, the write
 * throws ConflictError with that copy. updatedAt only ever rises, so any later write is seen.
 * A roster child whose 就学状态 changes gets a 待补充 change in the ledger in the same
 * transaction, unless the caller writes the change itself (`ledgered`: /monitor/).
 */
export async function saveEntry(entry: Entry, expected?: number, { ledgered = false } = {}): Promise<Entry> {
  const form = formDef(entry.formId);
  const data = form.draftSchema.parse(entry.data);
  // The context is read before the write's transaction, which holds the entries table only.
  // Inside another transaction (journal recovery, a merge) it cannot be read: the status
  // stored then is worked out again on every read (entries.ts, withCurrentStatus).
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

