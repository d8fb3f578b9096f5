import { describe, expect, it } from 'vitest';
import { tallyLines, tallySuggestions } from '../../src/calc/suggestion-tally';
import { evaluate } from '../../src/forms/kit/evaluate';
import { schoolStats } from '../../src/forms/school-stats';
import { suggestionItems, suggestionItemsOf } from '../../src/forms/suggestions/items';
import { visitSummary } from '../../src/forms/visit-summary';
import { visitEntry } from '../render/visit-entry';

const visit = (id: string, student: string, suggestions: string) =>
  ({ id, data: visitEntry({ student, className: '七（1）班', mode: 'face', suggestions }).data });

const records = [
  visit('r1', '张三', '希望增加课后服务的托管时间'),
  visit('r2', '李四', '无'),
  visit('r3', '王五', '上学路上车多，希望加强交通安全教育'),
  visit('r4', '赵六', '暂无意见。'),
  visit('r5', '孙七', ' / '),
  visit('r6', '周八', '作业太多'),
];
// A draft: 3-2 does not count it, so neither does the list.
const draft = { id: 'r7', data: { student: '吴九', suggestions: '希望多开家长会' } };
const classified = (recordId: string, original: string, topic: string, scope: string, state: string) =>
  ({ id: `c-${recordId}`, data: { recordId, field: 'suggestions', original, topic, scope, state, reply: '' } });

describe('parents’ suggestions from 附件3-1 records', () => {
  it('lists each suggestion once, not 无 / 暂无意见 / “/” nor a draft, as many as 3-2 counts', () => {
    const all = [...records, draft];
    const items = suggestionItems(all, []);
    expect(items.map((i) => i.recordId)).toEqual(['r1', 'r3', 'r6']);
    const stats = evaluate(schoolStats, schoolStats.emptyData(), { sources: { '3-1': all.map((r) => r.data) } }).values;
    expect(items.length).toBe(stats.suggestions);
  });

  it('keeps a classification on its record after the record is edited elsewhere, and marks a changed text', () => {
    const cls = [classified('r1', '希望增加课后服务的托管时间', '课后服务', '共性', '已答复')];
    const same = suggestionItems(records, cls);
    expect(same[0]!.classification?.data.topic).toBe('课后服务');
    expect(same[0]!.changed).toBe(false);
    // Another field of the record edited, or spaces: still the same suggestion.
    const edited = [{ id: 'r1', data: { ...records[0]!.data, points: '改过的要点', suggestions: '希望增加课后服务的\n托管时间' } }];
    expect(suggestionItems(edited, cls)[0]!.changed).toBe(false);
    const rewritten = [{ id: 'r1', data: { ...records[0]!.data, suggestions: '希望取消课后服务收费' } }];
    const item = suggestionItems(rewritten, cls)[0]!;
    expect(item.changed).toBe(true);
    expect(tallySuggestions([item]).byState).toEqual({ 待处理: 1, 已答复: 0, 已解决: 0 });
  });

  it('counts by topic, 共性/个性 and state, unclassified ones as 未分类 and 待处理', () => {
    const cls = [
      classified('r1', '希望增加课后服务的托管时间', '课后服务', '共性', '已解决'),
      classified('r3', '上学路上车多，希望加强交通安全教育', '安全', '个性', '已答复'),
    ];
    const t = tallySuggestions(suggestionItems(records, cls));
    expect(t.total).toBe(3);
    expect(t.byTopic).toEqual({ 课后服务: 1, '“双减”': 0, 安全: 1, 学业: 0, 收费: 0, 其他: 0, 未分类: 1 });
    expect(t.byScope).toEqual({ 共性: 1, 个性: 1, 未分类: 1 });
    expect(t.byState).toEqual({ 待处理: 1, 已答复: 1, 已解决: 1 });
    expect(tallyLines(t)[0]).toBe('按类别：课后服务 1 条，“双减” 0 条，安全 1 条，学业 0 条，收费 0 条，其他 0 条，未分类 1 条');
  });
});

describe('家访总结', () => {
  const statsEntry = { ...schoolStats.emptyData(), staffTotal: 10, studentTotal: 100 };
  const ctx = {
    sources: {
      '3-1': [...records, draft].map((r) => r.data),
      '3-2': [statsEntry],
      suggestion: [classified('r3', '上学路上车多，希望加强交通安全教育', '安全', '个性', '已答复').data],
    },
    sourceIds: { '3-1': [...records, draft].map((r) => r.id), suggestion: ['c-r3'] },
  };

  it('repeats the numbers of the 3-2 page and the suggestion counts, and prefills the text with them', () => {
    const three = evaluate(schoolStats, statsEntry, { sources: { '3-1': ctx.sources['3-1'] } }).values;
    const v = evaluate(visitSummary, visitSummary.emptyData(), ctx).values;
    for (const k of ['visits', 'staffVisited', 'studentsVisited', 'suggestions']) expect(v[k]).toBe(three[k]);
    expect(v.suggestions).toBe(3);
    expect([v.topic_safety, v.topic_none, v.scope_individual, v.state_answered, v.state_open]).toEqual([1, 2, 1, 1, 2]);
    expect(String(v.summary)).toContain('共征集家长意见和建议 3 条');
    expect(String(v.summary)).toContain('安全 1 条');
    expect(String(v.summary)).toContain(`被家访的学生 ${three.studentsVisited} 人，占学生总数的 ${schoolStats.text(three, 'studentShare')}%`);
    expect(suggestionItemsOf(ctx)).toHaveLength(3);
  });

  it('keeps the text the school typed, and is complete with it', () => {
    const ev = evaluate(visitSummary, { ...visitSummary.emptyData(), unit: '城关中学', date: '2021-11-10', summary: '我校的总结' }, ctx);
    expect(ev.values.summary).toBe('我校的总结');
    expect(ev.fields.summary!.computed).toContain('共征集家长意见和建议 3 条');
    expect(ev.status).toBe('complete');
  });
});

describe('家访总结 without 3-2 totals', () => {
  it('says no share while 3-2 has no 干部教师总数 or 学生总数', () => {
    const v = evaluate(visitSummary, visitSummary.emptyData(), { sources: { '3-1': records.map((r) => r.data) } }).values;
    expect(String(v.summary)).toMatch(/参与家访的干部教师 \d+ 人；被家访的学生 6 人。/);
    expect(String(v.summary)).not.toContain('%');
  });
});
