import { defaultSettings, ROLES, settingsSchema, type Role, type Settings } from '../settings/schema';

// Reading the settings without Dexie: the settings page shows them (and the link for
// teachers) with one raw IndexedDB read, and loads the database code only to save.

// Settings typed just before the tab closes may never reach IndexedDB: the closing tab
// leaves them here (synchronously), and they count as the settings until the next save.
export const JOURNAL = 'jiafang:settings-journal';

/**
 * The role, mirrored where a page's first script can read it synchronously (IndexedDB is
 * async): the static nav and home page order follow it before any island has loaded.
 */
export const ROLE_MIRROR = 'jiafang:role';

export function mirrorRole(s: Settings): void {
  try {
    if (s.role) localStorage.setItem(ROLE_MIRROR, s.role);
    else localStorage.removeItem(ROLE_MIRROR);
  } catch {
    /* disabled storage: pages show the default (school) view */
  }
  if (typeof document !== 'undefined') {
    if (s.role) document.documentElement.dataset.role = s.role;
    else delete document.documentElement.dataset.role;
  }
}

/** The role as last saved, read synchronously (for a button's first render, before IndexedDB answers). */
export function mirroredRole(): Role | undefined {
  try {
    const r = localStorage.getItem(ROLE_MIRROR);
    return (ROLES as readonly string[]).includes(r ?? '') ? (r as Role) : undefined;
  } catch {
    return undefined;
  }
}

export function journalSettings(s: Settings): void {
  try {
    localStorage.setItem(JOURNAL, JSON.stringify(s));
  } catch {
    /* full or disabled: the IndexedDB write is still attempted */
  }
}

function journalled(): Settings | undefined {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(localStorage.getItem(JOURNAL) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The settings a stored row says: the defaults when it has none or they do not parse. */
export function storedSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

/** The settings a stored row says, unless the journal holds later ones; the role mirrored. */
export function settleSettings(value: unknown): Settings {
  const s = journalled() ?? storedSettings(value);
  mirrorRole(s);
  return s;
}

/** Fired on this page after every save, for what shows the settings without a live query. */
export const SETTINGS_SAVED_EVENT = 'jiafang:settings-saved';

export function announceSettings(s: Settings): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(SETTINGS_SAVED_EVENT, { detail: s }));
}

type RawRead = { row: { value?: unknown } | undefined } | 'no-database' | 'failed';

/** The settings row, read once with the browser's own IndexedDB (db.ts names the database and table). */
function readRaw(): Promise<RawRead> {
  return new Promise((done) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open('jiafang');
    } catch {
      return done('failed');
    }
    let fresh = false;
    // No database yet: abort so that none is created here (db.ts creates it with its tables).
    req.onupgradeneeded = () => {
      fresh = true;
      req.transaction?.abort();
    };
    req.onerror = (e) => {
      e.preventDefault();
      done(fresh ? 'no-database' : 'failed');
    };
    req.onsuccess = () => {
      const idb = req.result;
      idb.onversionchange = () => idb.close();
      try {
        if (!idb.objectStoreNames.contains('settings')) throw new Error('no settings table');
        const get = idb.transaction('settings', 'readonly').objectStore('settings').get('settings');
        get.onsuccess = () => done({ row: get.result as { value?: unknown } | undefined });
        get.onerror = () => done('failed');
      } catch {
        done('failed');
      } finally {
        idb.close();
      }
    };
  });
}

/**
 * loadSettings without Dexie. A read that fails for any other reason than a missing database
 * falls back to loadSettings: defaults shown in its place would be saved over the real ones.
 */
export async function readSettings(): Promise<Settings> {
  const raw = typeof indexedDB === 'undefined' ? 'failed' : await readRaw();
  if (raw === 'failed') return (await import('./settings')).loadSettings();
  return settleSettings(raw === 'no-database' ? undefined : raw.row?.value);
}
