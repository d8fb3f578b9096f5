import { collect, type Collection } from '../../../calc/collection';
import { deriveSchoolStats } from '../../../forms/school-stats/derive';
import { isCountedVisit } from '../../../forms/visit-record/counted';
import { loadExpectedTeachers } from '../../../storage/expected-teachers';
import { readEntries } from '../../../storage/entries';

/** The 3-1 records on this device (typed or imported) against the office's list. */
export async function loadCollection(): Promise<Collection & { unreadable: number; staffVisited: number }> {
  const [expected, read] = await Promise.all([loadExpectedTeachers(), readEntries('3-1')]);
  const visits = read.entries.map((e) => ({
    teacher: String(e.data.teacher ?? ''),
    recorder: String(e.data.recorder ?? ''),
    className: String(e.data.className ?? ''),
    date: String(e.data.date ?? ''),
    // The same test 附件3-2 counts visits with, so both pages say the same number.
    counted: isCountedVisit(e.data),
    updatedAt: e.updatedAt,
  }));
  // 附件3-2's 参与家访的干部教师数, worked out by 3-2's own derivation from the same records.
  const stats = deriveSchoolStats({}, { sources: { '3-1': read.entries.map((e) => e.data) } });
  return { ...collect(expected, visits), unreadable: read.unreadable.length, staffVisited: Number(stats.staffVisited) };
}

/** "12月1日 10:30" in the device's time. */
export function whenText(ms: number | null): string {
  if (ms == null) return '';
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;
}
