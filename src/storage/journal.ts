import type { Entry } from './entry';

// IndexedDB writes are asynchronous and a closing tab may never finish one. On pagehide we
// also write the unsaved entry to localStorage, which is synchronous; the next load of
// the entry takes the journal copy when it is the newer one.
const key = (id: string) => `jiafang:pending:${id}`;

export function journalWrite(entry: Entry): void {
  try {
    localStorage.setItem(key(entry.id), JSON.stringify({ ...entry, updatedAt: Date.now() }));
  } catch {
    /* full or disabled: the IndexedDB write is still attempted */
  }
}

export function journalClear(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    /* nothing to clear */
  }
}

export function journalRead(id: string): unknown {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}
