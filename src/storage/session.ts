import { liveQuery } from 'dexie';
import type { EntryData } from '../forms/kit/field';
import { db } from './db';
import type { Entry } from './entry';
import { parseEntry } from './entry-parse';
import { saveEntry } from './entry-write';
import { ConflictError, explain } from './errors';
import { journalClear, journalForgotten, journalWrite } from './journal';
import { DELAY_MS, listenForHide, open, type Pending, type SaveState } from './open-sessions';

// The one way an editor saves: a write at most DELAY_MS after the last change, writes in
// order, a synchronous journal copy and a flush when the page is hidden (phones kill
// background tabs mid-write), and a registry of every pending write that imports, exports,
// backups and updates await with flushAll(). No framework: UI hooks subscribe to it.

export { DELAY_MS, flushAll, openSaver, type SaveState } from './open-sessions';

/** Stable comparison of stored values (row arrays hold objects whose key order may differ). */
const canon = (v: unknown): string =>
  JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x)) ?? '';
const same = (a: unknown, b: unknown) => canon(a) === canon(b);
const changedKeys = (from: EntryData, to: EntryData) =>
  [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((k) => !same(from[k], to[k]));
const pick = (d: EntryData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, d[k]]));

export interface EntrySession {
  readonly entry: Entry;
  readonly state: SaveState;
  update(data: EntryData): void;
  flush(): Promise<unknown>;
  /** Ends a conflict: keep this page's values of the fields both changed, or take the other's. */
  resolve(choice: 'mine' | 'theirs'): Promise<unknown>;
  subscribe(listener: () => void): () => void;
  close(): Promise<unknown>;
}

/**
 * A saving session for one entry. Every write is a compare-and-set on the updatedAt this
 * session last wrote or read. A newer copy stored elsewhere is merged field by field
 * against that base: fields only the other side changed are taken, fields only this page
 * changed are kept, and fields both changed differently are a conflict (`autoMine` keeps
 * this page's, for editors that show no conflict, such as the 2-1 checklist).
 */
export function openEntry(initial: Entry, { autoMine = false } = {}): EntrySession {
  let latest = initial;
  let base = initial.updatedAt;
  let baseData = initial.data;
  let state: SaveState = { kind: 'saved' };
  let dirty = false;
  let writing = 0;
  let seen: Entry | undefined;
  /** Whether the entry is in IndexedDB: then a journal copy needs only the fields typed since. */
  let stored = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((f) => f());
  const set = (s: SaveState) => {
    state = s;
    emit();
  };
  const mine = () => changedKeys(baseData, latest.data);

  /** Takes in a newer stored copy: merge what does not clash, stop on what does. */
  const rebase = (theirs: Entry) => {
    const ours = mine();
    const keys = ours.filter((k) => !same(theirs.data[k], baseData[k]) && !same(theirs.data[k], latest.data[k]));
    if (keys.length && !autoMine) return set({ kind: 'conflict', theirs, keys });
    adopt(theirs, ours);
  };

  /** Makes `theirs` the base and lays this page's changes of `keep` over it. */
  const adopt = (theirs: Entry, keep: string[]) => {
    base = theirs.updatedAt;
    baseData = theirs.data;
    latest = { ...theirs, data: { ...theirs.data, ...pick(latest.data, keep) } };
    dirty = mine().length > 0;
    if (dirty) {
      set({ kind: 'saving' });
      void flush();
    } else {
      journalClear(latest.id);
      set({ kind: 'saved' });
    }
  };

  /**
   * The entry was deleted (here or in another tab): typing not yet written is dropped with it,
   * never written back (a write would bring the entry back) nor journalled.
   */
  let gone = false;
  const deleted = () => {
    gone = true;
    dirty = false;
    clearTimeout(timer);
    journalClear(initial.id);
    if (state.kind !== 'idle') set({ kind: 'idle' });
  };

  const write = async () => {
    if (journalForgotten(initial.id)) return deleted();
    if (!dirty || state.kind === 'conflict') return;
    dirty = false;
    const toWrite = latest;
    writing++;
    try {
      const saved = await saveEntry(toWrite, base);
      stored = true;
      base = saved.updatedAt;
      baseData = saved.data;
      latest = { ...latest, updatedAt: saved.updatedAt, status: saved.status };
      if (!dirty) {
        journalClear(saved.id);
        set({ kind: 'saved' });
      }
    } catch (err) {
      dirty = true;
      if (err instanceof ConflictError) {
        try {
          return rebase(parseEntry(err.current));
        } catch (e) {
          err = e;
        }
      }
      // What is on screen stays; the next change tries again.
      set({ kind: 'error', message: explain(err) });
    } finally {
      writing--;
    }
    if (writing === 0 && seen && seen.updatedAt > base) rebase(seen);
  };

  const flush = () => {
    clearTimeout(timer);
    if (dirty && state.kind !== 'conflict') chain = chain.then(write);
    return chain;
  };

  const self: Pending = {
    flush,
    hide() {
      if (!gone && (dirty || writing > 0 || state.kind === 'conflict')) journalWrite(latest, mine(), undefined, stored);
      void flush();
    },
  };
  open.add(self);
  listenForHide();

  // Another tab's write shows here at once, not only when this page next saves.
  const sub = liveQuery(() => db().entries.get(initial.id)).subscribe({
    next: (row) => {
      if (!row) {
        if (state.kind === 'saved' && !dirty && writing === 0) set({ kind: 'idle' });
        return;
      }
      if (row.deletedAt) return deleted();
      gone = false; // undeleted
      stored = true;
      try {
        seen = parseEntry(row);
      } catch {
        return; // a copy this version cannot read is met, and explained, by the next write
      }
      if (writing === 0 && seen.updatedAt > base) rebase(seen);
    },
    error: () => {},
  });

  return {
    get entry() {
      return latest;
    },
    get state() {
      return state;
    },
    update(data) {
      latest = { ...latest, data };
      dirty = true;
      if (state.kind === 'conflict') {
        // Keep typing; the conflict stays until the user chooses.
        const c = state;
        const keys = c.keys.filter((k) => !same(c.theirs.data[k], data[k]));
        if (keys.length) return set({ ...c, keys });
        adopt(c.theirs, mine());
        return;
      }
      set({ kind: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(flush, DELAY_MS);
    },
    flush,
    resolve(choice) {
      if (state.kind !== 'conflict') return chain;
      const { theirs, keys } = state;
      adopt(theirs, choice === 'mine' ? mine() : mine().filter((k) => !keys.includes(k)));
      return chain;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      sub.unsubscribe();
      listeners.clear();
      return flush().finally(() => {
        // Typing that could not be written (a conflict nobody chose) is taken in at the next start.
        if (dirty) journalWrite(latest, mine(), undefined, stored);
        open.delete(self);
      });
    },
  };
}
