import { tallyLines, tallySuggestions, UNCLASSIFIED } from '../../calc/suggestion-tally';
import type { DeriveContext } from '../kit/define';
import { evaluate } from '../kit/evaluate';
import type { EntryData } from '../kit/field';
import { schoolStats } from '../school-stats';
import { suggestionItemsOf } from '../suggestions/items';
import { SCOPES, STATES, TOPICS } from '../suggestions/topics';
import { textOf } from '../kit/text-of';

/** The 附件3-2 numbers the 家访总结 repeats, by 3-2's own keys. */
export const STATS_KEYS = ['visits', 'staffVisited', 'studentsVisited', 'suggestions'] as const;
/** Count fields of the suggestions: key and the label of what it counts. */
export const COUNT_FIELDS = [
  ...TOPICS.map((t) => ({ key: `topic_${t.key}` as const, label: t.label, group: '类别' })),
  { key: 'topic_none' as const, label: UNCLASSIFIED, group: '类别' },
  ...SCOPES.map((s) => ({ key: `scope_${s.key}` as const, label: s.label, group: '共性/个性' })),
  ...STATES.map((s) => ({ key: `state_${s.key}` as const, label: s.label, group: '处理情况' })),
];

/** 附件3-2 as its page shows it: the same evaluate(), with the school's 3-2 entry and its 3-1 records. */
export function statsOf(ctx: DeriveContext): EntryData {
  const entry = ctx.sources['3-2']?.[0] ?? schoolStats.emptyData();
  return evaluate(schoolStats, entry, { ...ctx, sources: { '3-1': ctx.sources['3-1'] ?? [] } }).values;
}

const n = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The summary text the school starts from: the 3-2 numbers and the suggestion counts. */
export function draftSummary(stats: EntryData, lines: string[], unit: string): string {
  // A share is only said when 3-2 has its total (a number), as 3-2 prints it.
  const share = (k: string) => (typeof stats[k] === 'number' ? schoolStats.text(stats, k) : '');
  const staffShare = share('staffShare') ? `，占干部教师总数的 ${share('staffShare')}%` : '';
  const studentShare = share('studentShare') ? `，占学生总数的 ${share('studentShare')}%` : '';
  return [
    `${unit || '我校'}“教师大家访”活动总结`,
    `一、基本情况：共记录家访 ${n(stats.visits)} 次；参与家访的干部教师 ${n(stats.staffVisited)} 人${staffShare}；被家访的学生 ${n(stats.studentsVisited)} 人${studentShare}。`,
    `二、家长意见和建议：共征集家长意见和建议 ${n(stats.suggestions)} 条。${lines.join('；')}。`,
    '三、主要做法和成效：',
    '四、存在的问题和下一步打算：',
  ].join('\n');
}

export function deriveVisitSummary(data: EntryData, ctx: DeriveContext): EntryData {
  const stats = statsOf(ctx);
  const tally = tallySuggestions(suggestionItemsOf(ctx));
  const counts: EntryData = {};
  for (const f of COUNT_FIELDS) {
    const rec = f.group === '类别' ? tally.byTopic : f.group === '共性/个性' ? tally.byScope : tally.byState;
    counts[f.key] = rec[f.label] ?? 0;
  }
  return {
    ...Object.fromEntries(STATS_KEYS.map((k) => [k, n(stats[k])])),
    ...counts,
    // Typed text wins; until then the draft follows the numbers.
    summary: textOf(data.summary).trim() ? data.summary : draftSummary(stats, tallyLines(tally), textOf(data.unit) || ctx.settings?.unit || ''),
  };
}
