// Lists a unit types once and keeps on this device (the teachers a school expects, a town's
// schools, the bureau's schools). Each lives in the settings table under its own key: no new
// table, so no database upgrade. A stored list that no longer parses reads as empty.
import type { z } from '../forms/kit/zod';
import { db, type SettingsKey } from './db';

export type ListKey = Exclude<SettingsKey, 'settings'>;

/** Every such list, with what the user calls it (a backup carries them all). */
export const LIST_NAMES: Record<ListKey, string> = {
  'expected-teachers': '应交记录的教师名单',
  'town-schools': '本镇学校名单',
  'bureau-schools': '全县学校名单',
  'recheck-huji': '入学再核查的户籍名单',
  'recheck-xueji': '入学再核查的学籍名单',
  'recheck-checks': '入学再核查的已核查标记',
};
export const LIST_KEYS = Object.keys(LIST_NAMES) as ListKey[];

export function storedList<T>(key: ListKey, schema: z.ZodMiniType<T[]>) {
  return {
    async load(): Promise<T[]> {
      const row = await db().settings.get(key);
      const parsed = schema.safeParse(row?.value ?? []);
      return parsed.success ? parsed.data : [];
    },
    /** Saves the list as the schema accepts it, and returns what was saved. */
    async save(list: readonly T[]): Promise<T[]> {
      const value = schema.parse(list);
      await db().settings.put({ key, value });
      return value;
    },
  };
}

/** The lists kept on this device, as stored (for a backup); empty ones left out. */
export async function storedLists(): Promise<Partial<Record<ListKey, unknown[]>>> {
  const rows = await db().settings.bulkGet(LIST_KEYS);
  return Object.fromEntries(rows.flatMap((r) => (r && Array.isArray(r.value) && r.value.length ? [[r.key, r.value]] : [])));
}

/** Which of a backup's lists a restore would write: only those this device does not have yet. */
export async function listsToRestore(lists: Partial<Record<ListKey, unknown[]>>): Promise<ListKey[]> {
  const mine = await storedLists();
  return LIST_KEYS.filter((k) => lists[k]?.length && !mine[k]);
}

/**
 * Restores a backup's lists where this device has none; a list typed here is never replaced
 * (its user may have corrected it since the backup). Returns the keys written.
 */
export async function restoreLists(lists: Partial<Record<ListKey, unknown[]>>): Promise<ListKey[]> {
  return db().transaction('rw', db().settings, async () => {
    const keys = await listsToRestore(lists);
    for (const key of keys) await db().settings.put({ key, value: lists[key] });
    return keys;
  });
}
