// The bureau's list of schools expected to report, typed once and kept on this device. It
// lives in the settings table under its own key: no new table, so no database upgrade.
import type { Table } from 'dexie';
import { db } from './db';

const KEY = 'bureau-schools';
type Row = { key: string; value: unknown };
const table = () => db().settings as unknown as Table<Row, string>;

/** One school per line, blanks and repeats dropped. */
export const parseSchools = (text: string): string[] => [...new Set(text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))];

export async function loadExpectedSchools(): Promise<string[]> {
  const v = (await table().get(KEY))?.value;
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

export async function saveExpectedSchools(list: string[]): Promise<void> {
  await table().put({ key: KEY, value: list.slice(0, 5000).map((s) => s.slice(0, 100)) });
}
