import { percent } from '../../calc/percent';
import { visitStats, type VisitLike } from '../../calc/visit-stats';
import type { EntryData } from '../kit/field';
import type { DeriveContext, Issues } from '../kit/define';
import { isCountedVisit } from '../visit-record/counted';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A value typed over the computed one wins; null means "use the computed one". */
const pick = (data: EntryData, key: string, computed: number) => num(data[key]) ?? computed;

export const MODE_KEYS = ['face', 'phone', 'sms', 'online'] as const;

/** The 附件3-1 records that 附件3-2 counts (complete ones), and how many drafts it leaves out. */
export function countedVisits(ctx: DeriveContext): { visits: VisitLike[]; drafts: number } {
  const all = ctx.sources['3-1'] ?? [];
  const visits = all.filter(isCountedVisit) as VisitLike[];
  return { visits, drafts: all.length - visits.length };
}

/** 附件3-2 from the school's complete 附件3-1 records, honouring numbers typed over the counts. */
export function deriveSchoolStats(data: EntryData, ctx: DeriveContext): EntryData {
  const s = visitStats(countedVisits(ctx).visits, {});
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

/** Said above the report: the drafts among the 附件3-1 records, which no number includes. */
export function schoolStatsNotes(ctx: DeriveContext): string[] {
  const { drafts } = countedVisits(ctx);
  return drafts ? [`另有 ${drafts} 份草稿未计入（家访记录填完必填项、显示“完成”后计入）。`] : [];
}

export function schoolStatsProgress(v: EntryData): string {
  return `已记录家访 ${v.visits ?? 0} 次，已访学生 ${v.studentsVisited ?? 0} / ${num(v.studentTotal) ?? '—'} 人`;
}

/** Counts with a base, and the checkbox that confirms a count above it. */
export const OVER_BASE = [
  { count: 'staffVisited', total: 'staffTotal', confirm: 'staffConfirmed', what: '参与家访的干部教师数', base: '干部教师总数' },
  { count: 'studentsVisited', total: 'studentTotal', confirm: 'studentsConfirmed', what: '被家访的学生数', base: '学生总数' },
] as const;

export const confirmLabel = (what: string) => `已核实：${what}无误`;

/**
 * A count above its base makes a share over 100%, which the bureau reads as an error: the
 * report is not 完成 until the count or the total is corrected, or the count is confirmed.
 * The mode shares cannot pass 100%, as every mode is part of the visits they are shares of.
 */
export function schoolStatsRules(v: EntryData): Issues {
  const issues: Issues = {};
  for (const c of OVER_BASE) {
    const part = num(v[c.count]);
    const whole = num(v[c.total]);
    if (part != null && whole != null && part > whole && v[c.confirm] !== true)
      issues[c.count] = `${c.what}（${part}）大于${c.base}（${whole}），比例超过100%。请更正；如确实无误，请勾选下方“${confirmLabel(c.what)}”。`;
  }
  return issues;
}
