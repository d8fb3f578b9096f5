// 入学再核查: the 户籍 and 学籍 lists as imported, and the children marked 已核查 with a note.
// Lists under keys of the settings table (storedList): no new table, no database upgrade.
import { z } from '../forms/kit/zod';
import type { GroupKey, Person } from '../calc/recheck';
import { storedList } from './stored-list';

// As long as an imported cell may be (io/roster-import/rows.ts MAX_CELL_CHARS): a list that was read is never refused here.
const text = (max: number) => z.string().check(z.maxLength(max));
const person = z.object({
  name: text(20_000),
  idNumber: text(20_000),
  birth: z.optional(text(20)),
  sex: z.optional(text(20)),
  village: z.optional(text(20_000)),
  school: z.optional(text(20_000)),
  grade: z.optional(text(20_000)),
  row: z.optional(z.int()),
});
const people = z.array(person).check(z.maxLength(100_000));

export interface RecheckMark {
  group: GroupKey;
  /** personKey() of the child. */
  key: string;
  note: string;
  /** When it was marked, ms. */
  at: number;
}
const marks = z.array(z.object({
  group: z.enum(['toAdd', 'notInHuji', 'pending', 'fromElsewhere']),
  key: text(300),
  note: text(2000),
  at: z.number(),
})).check(z.maxLength(200_000));

export const hujiList = storedList<Person>('recheck-huji', people);
export const xuejiList = storedList<Person>('recheck-xueji', people);
export const recheckMarks = storedList<RecheckMark>('recheck-checks', marks);
