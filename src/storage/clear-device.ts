import { db } from './db';
import { flushAll } from './open-sessions';

// 清除本设备数据: a school PC is shared, and every record here is a minor's personal data.
// This module knows every place the app keeps something in the browser and empties it,
// then counts what is left so the page can show the user that nothing is. Only the app's
// own names are touched: a host may serve other sites from the same origin.

/** IndexedDB: the app's database (db.ts) and workbox's record of the font cache's entries. */
const APP_DATABASES = ['jiafang', 'workbox-expiration'];
const isAppDatabase = (name: string) => APP_DATABASES.includes(name);

/**
 * localStorage and sessionStorage: the edit journal (jiafang:pending:…), the settings journal,
 * the role mirror, the pending link question, and the dismissed 离线准备 offer.
 */
const isAppKey = (key: string) => key.startsWith('jiafang') || key === 'fontOfferDismissed';

/** Cache Storage: the service worker's precache and runtime caches, and the PDF font and writer ('pdf-font'). */
const isAppCache = (name: string) => name.startsWith('workbox') || name === 'pdf-font';

/** The service worker is registered at the site root (vite-plugin-pwa, scope '/'). */
const isAppWorker = (reg: ServiceWorkerRegistration) => reg.scope === new URL('/', location.href).href;

/** What is stored on this device, per place; null where this browser cannot tell. */
export interface DeviceStores {
  databases: number | null;
  storageKeys: number;
  caches: number | null;
  serviceWorkers: number | null;
}

function appKeys(store: Storage | undefined): string[] {
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k !== null && isAppKey(k)) keys.push(k);
  }
  return keys;
}

const storages = (): Storage[] => {
  const out: Storage[] = [];
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const s = globalThis[name];
      if (s) out.push(s);
    } catch {
      /* blocked storage holds nothing of ours */
    }
  }
  return out;
};

async function databaseNames(): Promise<string[] | null> {
  if (typeof indexedDB === 'undefined') return [];
  if (!indexedDB.databases) return null; // older Firefox: the names cannot be listed
  return (await indexedDB.databases()).map((d) => d.name ?? '').filter(isAppDatabase);
}

async function workerRegistrations(): Promise<ServiceWorkerRegistration[] | null> {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return null;
  return (await navigator.serviceWorker.getRegistrations()).filter(isAppWorker);
}

/** Counts what the app keeps on this device (all zero after clearDevice). */
export async function deviceStores(): Promise<DeviceStores> {
  const [names, regs, cacheNames] = await Promise.all([
    databaseNames(),
    workerRegistrations(),
    typeof caches === 'undefined' ? null : caches.keys(),
  ]);
  return {
    databases: names?.length ?? null,
    storageKeys: storages().reduce((n, s) => n + appKeys(s).length, 0),
    caches: cacheNames?.filter(isAppCache).length ?? null,
    serviceWorkers: regs?.length ?? null,
  };
}

/** How many records the database holds (said in the confirmation). */
export const storedEntryCount = (): Promise<number> => db().entries.count();

function deleteDatabase(name: string, onBlocked: () => void): Promise<void> {
  return new Promise((ok, fail) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => ok();
    req.onerror = () => fail(req.error);
    // Another tab of the site still has it open (a Dexie tab closes on request; an old one may not).
    req.onblocked = onBlocked;
  });
}

/**
 * Deletes everything the app keeps on this device: the service worker registration, its
 * caches and the font, the IndexedDB databases, and the app's localStorage/sessionStorage
 * keys (the journal included). `onBlocked` is called when another open tab holds the
 * database; the deletion finishes once that tab is closed. Returns what is left.
 */
export async function clearDevice(onBlocked: () => void = () => {}): Promise<DeviceStores> {
  // Nothing typed may land after the deletion and bring the database back.
  await flushAll();
  // This page must not reopen (and so recreate) the database once it is gone.
  db().close({ disableAutoOpen: true });

  const regs = (await workerRegistrations()) ?? [];
  await Promise.all(regs.map((r) => r.unregister()));
  if (typeof caches !== 'undefined')
    await Promise.all((await caches.keys()).filter(isAppCache).map((n) => caches.delete(n)));
  const names = (await databaseNames()) ?? APP_DATABASES;
  for (const name of names) await deleteDatabase(name, onBlocked);
  for (const s of storages()) for (const k of appKeys(s)) s.removeItem(k);
  if (typeof document !== 'undefined') delete document.documentElement.dataset.role;
  return deviceStores();
}
