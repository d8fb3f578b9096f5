import type { Entry } from './entry';

// IndexedDB writes are asynchronous and a closing tab may never finish one. On pagehide we
// also write the unsaved entry to localStorage, which is synchronous; the next start takes
// every journal copy into IndexedDB before anything is read (journal-recovery.ts `recovered`).
const PREFIX = 'jiafang:pending:';

/** A journal copy: the entry as on screen, when it was written, and the fields typed since the last save. */
export interface JournalCopy {
  entry: Entry;
  at: number;
  /** Keys changed since the stored copy; absent: the whole entry is the tab's own. */
  keys?: string[];
  /**
   * The entry's data holds only `keys`: the rest is stored already. Plain text in localStorage
   * holds no more of a child's record than the typing not yet written.
   */
  partial?: boolean;
}

// Entries deleted on this page: an editor still open on one (hidden, closed) must not leave
// a copy of it behind. Deleted in another tab: the session hears it from its live query.
const deleted = new Set<string>();

/** The entry was deleted: its copy goes, and none is written again (until it is undeleted). */
export function journalForget(id: string): void {
  deleted.add(id);
  journalClear(id);
}

export function journalAllow(id: string): void {
  deleted.delete(id);
}

export const journalForgotten = (id: string): boolean => deleted.has(id);

/** `stored`: the entry is in IndexedDB, so only the fields in `keys` are journalled. */
export function journalWrite(entry: Entry, keys?: string[], at = Date.now(), stored = false): void {
  if (deleted.has(entry.id)) return;
  const partial = stored && !!keys;
  const copy: JournalCopy = partial
    ? { entry: { ...entry, data: Object.fromEntries(keys!.filter((k) => k in entry.data).map((k) => [k, entry.data[k]])) }, at, keys, partial }
    : { entry, at, keys };
  try {
    localStorage.setItem(PREFIX + entry.id, JSON.stringify(copy));
  } catch {
    /* full or disabled: the IndexedDB write is still attempted */
  }
}

export function journalClear(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    /* nothing to clear */
  }
}

/** Every journal copy left on this device, raw (each is parsed by its reader). */
export function journalAll(): { id: string; copy: unknown }[] {
  const out: { id: string; copy: unknown }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k?.startsWith(PREFIX)) continue;
      try {
        const raw = JSON.parse(localStorage.getItem(k) ?? 'null');
        // Copies written before keys were journalled are the entry itself.
        out.push({ id: k.slice(PREFIX.length), copy: raw && 'entry' in raw ? raw : { entry: raw, at: raw?.updatedAt ?? 0 } });
      } catch {
        out.push({ id: k.slice(PREFIX.length), copy: null });
      }
    }
  } catch {
    /* storage disabled: nothing journalled */
  }
  return out;
}

/**
 * Calls back when another tab of this site leaves a journal copy (it is being hidden or
 * closed): a tab that closes while this one is open would otherwise be taken in only at
 * the next start.
 */
export function onJournalElsewhere(cb: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (e) => {
    if (e.key?.startsWith(PREFIX) && e.newValue) cb();
  });
}
