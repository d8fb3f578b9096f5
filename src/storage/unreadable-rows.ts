// Which stored rows no longer parse, for /data/, remembering the rows known to parse so a 200,000-row database is not parsed again.
import { db } from './db';
import { parseEntry } from './entry-parse';
import { recovered } from './journal-recovery';
import { unreadable, type Unreadable } from './unreadable';

// Rows known to parse, by id -> updatedAt (every write raises updatedAt, so a changed row is
// checked again). After a 200,000-entry restore, /data/'s list of unreadable rows would
// otherwise parse every row again on the page's thread.
const readableIn = new WeakMap<object, Map<string, number>>();
export const readableRows = (): Map<string, number> => {
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

