import { z } from '../forms/kit/zod';
import type { ExpectedTeacher } from '../calc/collection';
import { storedList } from './stored-list';

/** The teachers the school expects 附件3-1 records from (收集情况), as the office typed them. */
const list = storedList<ExpectedTeacher>('expected-teachers',
  z.array(z.object({ name: z.string().check(z.minLength(1), z.maxLength(40)), className: z.string().check(z.maxLength(200)) })).check(z.maxLength(5000)));

/** The stored list; [] when none was ever saved or the stored one no longer parses. */
export const loadExpectedTeachers = list.load;
export const saveExpectedTeachers = list.save;
