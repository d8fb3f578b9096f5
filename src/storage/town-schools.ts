import { z } from '../forms/kit/zod';
import { storedList } from './stored-list';

/** The schools of the town (镇) whose 附件1-2 the town expects, one name each. */
const list = storedList<string>('town-schools', z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(1000)));

export const loadTownSchools = list.load;
export const saveTownSchools = list.save;
