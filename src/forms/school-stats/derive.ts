import { percent } from '../../calc/percent';
import { visitStats, type VisitLike } from '../../calc/visit-stats';
import type { EntryData } from '../kit/field';
import type { DeriveContext } from '../kit/define';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A value typed over the computed one wins; null means "use the computed one". */
const pick = (data: EntryData, key: string, computed: number) => num(data[key]) ?? computed;

export const MODE_KEYS = ['face', 'phone', 'sms', 'online'] as const;

/** 附件3-2 from the school's 附件3-1 records, honouring numbers typed over the counts. */
export function deriveSchoolStats(data: EntryData, ctx: DeriveContext): EntryData {
  const records = (ctx.sources['3-1'] ?? []) as VisitLike[];
  const s = visitStats(records, {});
  const staffTotal = num(data.staffTotal);
  const studentTotal = num(data.studentTotal);
  const staffVisited = pick(data, 'staffVisited', s.staffVisited);
  const studentsVisited = pick(data, 'studentsVisited', s.studentsVisited);
  const modes = Object.fromEntries(MODE_KEYS.map((k) => [k, pick(data, k, s.byMode[k])]));
  // Letters and records without a form are visits too: they count in the denominator.
  const visits = MODE_KEYS.reduce((sum, k) => sum + modes[k], 0) + s.byMode.letter + s.byMode.unknown;
  return {
    visits,
    staffVisited,
    studentsVisited,
    staffShare: staffTotal == null ? null : percent(staffVisited, staffTotal),
    studentShare: studentTotal == null ? null : percent(studentsVisited, studentTotal),
    ...modes,
    ...Object.fromEntries(MODE_KEYS.map((k) => [`${k}Share`, percent(modes[k], visits)])),
    suggestions: pick(data, 'suggestions', s.suggestions),
    letterNote: s.byMode.letter > 0 ? `另有信件家访${s.byMode.letter}次（本表无此栏）。` : '',
  };
}

export function schoolStatsProgress(v: EntryData): string {
  return `已记录家访 ${v.visits ?? 0} 次，已访学生 ${v.studentsVisited ?? 0} / ${num(v.studentTotal) ?? '—'} 人`;
}

export function schoolStatsWarnings(v: EntryData): string[] {
  const out: string[] = [];
  const over = (part: unknown, whole: unknown, what: string, total: string) => {
    const p = num(part);
    const w = num(whole);
    if (p != null && w != null && p > w) out.push(`${what}（${p}）大于${total}（${w}），请核对。`);
  };
  over(v.staffVisited, v.staffTotal, '参与家访的干部教师数', '干部教师总数');
  over(v.studentsVisited, v.studentTotal, '被家访的学生数', '学生总数');
  return out;
}
