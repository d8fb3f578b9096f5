import Dexie, { type Table } from 'dexie';
import type { Entry } from './entry';
import { writesNoted } from './shared-parse';

/**
 * Rows of the settings table: the settings, and lists typed once that are not settings (the
 * teachers a school expects records from, the schools of a town or of the county). Keys, not
 * tables, so no version bump is needed for another list.
 */
export type SettingsKey =
  | 'settings' | 'expected-teachers' | 'town-schools' | 'bureau-schools'
  // 入学再核查: the imported 户籍 and 学籍 lists and the children marked 已核查 (storage/recheck.ts).
  | 'recheck-huji' | 'recheck-xueji' | 'recheck-checks';
export interface SettingsRow {
  key: SettingsKey;
  value: unknown;
}

/**
 * The one IndexedDB database. The Dexie version rises only when tables or indexes change;
 * a change of a form's fields is a form migration (see forms/kit/define.ts), run on read.
 */
export class AppDB extends Dexie {
  entries!: Table<Entry, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = 'jiafang') {
    super(name);
    this.version(1).stores({
      entries: 'id, formId, updatedAt, [formId+updatedAt]',
      settings: 'key',
    });
    // Lists read by formId and sort in memory; the compound index cost every write one more
    // index entry (a 200,000-entry restore) and no read used it any more.
    this.version(2).stores({ entries: 'id, formId, updatedAt' });
    this.use(writesNoted);
  }
}

let current: AppDB | null = null;
export const db = (): AppDB => (current ??= new AppDB());
/** Tests point the module at a fresh database. */
export const useDb = (d: AppDB): void => {
  current = d;
};
