import type { Person } from '../../../calc/recheck';
import type { SheetData } from '../../../io/roster-import/sheet';
import type { Mapping } from './ColumnMapping';
import { textOf } from '../../../forms/kit/text-of';


/**
 * The people of a list that is not the roster (户籍, 学籍, a year's graduates), read as a
 * roster file is: the same cell conversion and rejected rows. Null when neither 姓名 nor
 * 身份证号码 is mapped: such a list cannot be matched with anything.
 */
export async function sheetPeople(sheet: SheetData, mapping: Mapping, refDate: string): Promise<Person[] | null> {
  const keys = new Set(Object.values(mapping));
  if (!keys.has('name') && !keys.has('idNumber')) return null;
  const { rowsToChildren } = await import('../../../io/roster-import/rows');
  const rows = rowsToChildren(sheet.rows, mapping, { firstRow: sheet.firstRow, ageRef: refDate, headers: sheet.headers });
  return rows.filter((r) => !r.rejected).map((r) => ({
    name: textOf(r.data.name),
    idNumber: textOf(r.data.idNumber),
    birth: textOf(r.data.birth),
    sex: textOf(r.data.sex),
    village: textOf(r.data.village),
    school: textOf(r.data.school),
    grade: textOf(r.data.grade),
    row: r.rowNumber,
  }));
}

/**
 * sheetPeople for an import, or the message it shows: the list's own wording for a file
 * without a 姓名 or 身份证号码 column (`noColumn`) and for one without a person (`none`).
 */
export async function listPeople(sheet: SheetData, mapping: Mapping, refDate: string, say: { noColumn: string; none: string }):
  Promise<{ people: Person[] } | { error: string }> {
  const people = await sheetPeople(sheet, mapping, refDate);
  if (!people) return { error: say.noColumn };
  return people.length ? { people } : { error: say.none };
}
