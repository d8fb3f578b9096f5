// The last parse of each form's stored rows, shared by every reader on the page until a write
// makes it old. The home page's cards each read the roster for their numbers: a county's
// 20,000 children were parsed once per card, 8–9 s at 4× CPU before the 2-1 card answered.
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { AppDB } from './db';
import type { Split } from './entry-parse';

let writes = 0;
// Writes of other tabs and of the worker: Dexie hears them when they commit, and only then
// runs this page's live queries again.
Dexie.on('storagemutated', () => {
  writes++;
});

/**
 * Writes of this page, counted when they start: Dexie runs a live query again as soon as a
 * write's request succeeds, before the commit that storagemutated reports, and that run must
 * not be given the parse from before the write. (A read that starts after the write does
 * waits for its commit: IndexedDB orders the transactions.)
 */
export const writesNoted: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'writes-noted',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (req) => { writes++; return table.mutate(req); } };
    },
  }),
};

/**
 * A write this page had a worker make, counted when the page hears it ended: Dexie's news of
 * its commit may come after the worker's own answer, and the page may read at once.
 */
export function noteWrite(): void {
  writes++;
}

const parses = new WeakMap<AppDB, Map<string, { writes: number; split: Promise<Split> }>>();

/** Shared by several readers: a reader that changed it would change it for all. */
function frozen(s: Split): Split {
  for (const e of s.entries) Object.freeze(Object.freeze(e).data);
  Object.freeze(s.entries);
  Object.freeze(s.unreadable);
  return Object.freeze(s);
}

/**
 * `read()`'s answer for `formId` in `d`, unless a reader has asked since the last write: then
 * the same (frozen) answer. `shared` says which.
 */
export function sharedParse(d: AppDB, formId: string, read: () => Promise<Split>): { split: Promise<Split>; shared: boolean } {
  let forms = parses.get(d);
  if (!forms) parses.set(d, (forms = new Map()));
  const hit = forms.get(formId);
  if (hit && hit.writes === writes) return { split: hit.split, shared: true };
  const split = read().then(frozen);
  const mine = { writes, split };
  forms.set(formId, mine);
  // A failed read is not kept: the next reader tries again.
  split.catch(() => forms.get(formId) === mine && forms.delete(formId));
  return { split, shared: false };
}
