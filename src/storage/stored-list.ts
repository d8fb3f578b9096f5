// Lists a unit types once and keeps on this device (the teachers a school expects, a town's
// schools, the bureau's schools). Each lives in the settings table under its own key: no new
// table, so no database upgrade. A stored list that no longer parses reads as empty.
import type { z } from 'zod';
import { db, type SettingsKey } from './db';

export function storedList<T>(key: Exclude<SettingsKey, 'settings'>, schema: z.ZodType<T[]>) {
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
