import { z } from 'zod';
import { db } from './db';

/** The schools of the town (镇) whose 附件1-2 the town expects, one name each. */
const KEY = 'town-schools';

const listSchema = z.array(z.string().min(1).max(60)).max(1000);

export async function loadTownSchools(): Promise<string[]> {
  const row = await db().settings.get(KEY);
  const parsed = listSchema.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function saveTownSchools(list: readonly string[]): Promise<string[]> {
  const value = listSchema.parse(list);
  await db().settings.put({ key: KEY, value });
  return value;
}
