/**
 * Figures for 附件3-2 (家访情况统计表) derived from the 附件3-1 visit records.
 */

import { normalizeLabel, normalizeName, splitNames } from './names';
import { isSuggestion } from './suggestion';
import { percent } from './percent';

/** Structural so both stored records and imported spreadsheet rows can be passed in. */
export interface VisitLike {
  teacher?: string;
  companions?: string;
  student?: string;
  className?: string;
  mode?: string;
  suggestions?: string;
}

export type VisitMode = 'face' | 'phone' | 'sms' | 'online' | 'letter';

export const VISIT_MODE_LABELS: Record<VisitMode, string> = {
  face: '面对面（实地）',
  phone: '电话',
  sms: '短信',
  online: '网络',
  letter: '信件',
};

export interface VisitTotals {
  staffTotal?: number | null;
  studentTotal?: number | null;
}

export interface VisitStats {
  visits: number;
  /** Distinct people among visiting teachers and their companions. */
  staffVisited: number;
  /** Distinct students, where the same name in different classes is a different child. */
  studentsVisited: number;
  byMode: Record<VisitMode | 'unknown', number>;
  /** Share of all visits, unknown modes included in the denominator. */
  modeShare: Record<'face' | 'phone' | 'sms' | 'online', number | null>;
  suggestions: number;
  staffShare: number | null;
  studentShare: number | null;
  flags: string[];
}

const MODE_ALIASES: Record<string, VisitMode> = {
  face: 'face',
  phone: 'phone',
  sms: 'sms',
  online: 'online',
  letter: 'letter',
  // Imported spreadsheets carry the printed labels rather than codes.
  '面对面（实地）': 'face',
  '面对面(实地)': 'face',
  面对面: 'face',
  实地: 'face',
  电话: 'phone',
  短信: 'sms',
  网络: 'online',
  信件: 'letter',
};

function modeOf(mode: string | undefined): VisitMode | 'unknown' {
  const key = normalizeName(mode ?? '');
  // hasOwn keeps "constructor" or "__proto__" typed into the field from matching.
  return (Object.prototype.hasOwnProperty.call(MODE_ALIASES, key) ? MODE_ALIASES[key] : undefined) ?? 'unknown';
}

/** A total that was never filled in (or is nonsense) must not produce a share. */
function usableTotal(total: number | null | undefined): number | null {
  return typeof total === 'number' && Number.isFinite(total) && total >= 0 ? total : null;
}

export function visitStats(records: readonly VisitLike[], totals: VisitTotals): VisitStats {
  const staff = new Set<string>();
  const students = new Set<string>();
  const byMode: VisitStats['byMode'] = { face: 0, phone: 0, sms: 0, online: 0, letter: 0, unknown: 0 };
  let suggestions = 0;

  for (const r of records) {
    // The teacher field is split too: a lead teacher's name never contains a separator,
    // and a row like "张三、李四" then still counts two people instead of one "张三、李四".
    for (const name of splitNames(r.teacher ?? '')) staff.add(name);
    for (const name of splitNames(r.companions ?? '')) staff.add(name);

    const student = normalizeLabel(r.student ?? '');
    if (student !== '') {
      // '|' cannot occur in a normalized name in practice, so keys cannot collide. Teachers
      // type the class with either IME width: "七年级(2)班" and "七年级（2）班" are one class.
      students.add(`${student}|${normalizeLabel(r.className ?? '')}`);
    }

    byMode[modeOf(r.mode)]++;

    // "无", "暂无意见" or "/" is what teachers write when the parent had nothing to say.
    if (isSuggestion(r.suggestions)) suggestions++;
  }

  const visits = records.length;
  const staffTotal = usableTotal(totals?.staffTotal);
  const studentTotal = usableTotal(totals?.studentTotal);

  const flags: string[] = [];
  if (staffTotal !== null && staff.size > staffTotal) {
    flags.push(`参与家访的干部教师数（${staff.size}）大于干部教师总数（${staffTotal}）`);
  }
  if (studentTotal !== null && students.size > studentTotal) {
    flags.push(`家访学生数（${students.size}）大于学生总数（${studentTotal}）`);
  }

  return {
    visits,
    staffVisited: staff.size,
    studentsVisited: students.size,
    byMode,
    modeShare: {
      face: percent(byMode.face, visits),
      phone: percent(byMode.phone, visits),
      sms: percent(byMode.sms, visits),
      online: percent(byMode.online, visits),
    },
    suggestions,
    staffShare: staffTotal === null ? null : percent(staff.size, staffTotal),
    studentShare: studentTotal === null ? null : percent(students.size, studentTotal),
    flags,
  };
}
