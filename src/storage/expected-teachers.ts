import { z } from 'zod';
import type { ExpectedTeacher } from '../calc/collection';
import { db } from './db';

/** The teachers the school expects 附件3-1 records from (收集情况), as the office typed them. */
const KEY = 'expected-teachers';

const listSchema = z.array(z.object({ name: z.string().min(1).max(40), className: z.string().max(200) })).max(5000);

/** The stored list; [] when none was ever saved or the stored one no longer parses. */
export async function loadExpectedTeachers(): Promise<ExpectedTeacher[]> {
  const row = await db().settings.get(KEY);
  const parsed = listSchema.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function saveExpectedTeachers(list: readonly ExpectedTeacher[]): Promise<ExpectedTeacher[]> {
  const value = listSchema.parse(list);
  await db().settings.put({ key: KEY, value });
  return value;
}
