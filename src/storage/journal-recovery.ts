// Taking in, once per page, the journal copies that closing tabs left in localStorage; every read waits for it.
import Dexie from 'dexie';
import { db } from './db';
import type { Entry } from './entry';
import { StorageError } from './errors';
import { journalAll, journalClear, onJournalElsewhere } from './journal';
import { parseEntry } from './entry-parse';
import { saveEntry } from './entry-write';

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

