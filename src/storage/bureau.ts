// The bureau's list of schools expected to report, typed once and kept on this device.
import { z } from '../forms/kit/zod';
import { storedList } from './stored-list';

const MAX_SCHOOLS = 5000;
const MAX_NAME = 100;
const list = storedList<string>('bureau-schools', z.array(z.string().check(z.maxLength(MAX_NAME))).check(z.maxLength(MAX_SCHOOLS)));

/** One school per line, blanks and repeats dropped. */
export const parseSchools = (text: string): string[] => [...new Set(text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))];

export const loadExpectedSchools = list.load;

/** Saves the list, cut to what a county can have rather than refused. */
export async function saveExpectedSchools(schools: string[]): Promise<void> {
  await list.save(schools.slice(0, MAX_SCHOOLS).map((s) => s.slice(0, MAX_NAME)));
}
