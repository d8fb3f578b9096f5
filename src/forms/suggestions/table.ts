import { tallyLines, tallySuggestions, UNCLASSIFIED, type SuggestionItem } from '../../calc/suggestion-tally';
import type { GroupedTable } from '../kit/grouped-table';
import { CHANGED_MARK, OPEN_STATE, TOPICS } from './topics';
import { textOf } from '../kit/text-of';

export const LEDGER_TITLE = '家长意见和建议处理台账';


/** The list as the exports print it: grouped by topic, with the counts under it. */
export function suggestionTable(items: readonly SuggestionItem[], unit: string): GroupedTable {
  const topicOf = (i: SuggestionItem) => {
    const t = textOf(i.classification?.data.topic);
    return TOPICS.some((x) => x.label === t) ? t : UNCLASSIFIED;
  };
  let n = 0;
  const groups = [...TOPICS.map((t) => t.label as string), UNCLASSIFIED].map((title) => ({
    title,
    rows: items.filter((i) => topicOf(i) === title).map((i) => {
      const d = i.classification?.data ?? {};
      return [
        String(++n),
        i.changed ? `${i.text}${CHANGED_MARK}` : i.text,
        `${textOf(i.record.className)} ${textOf(i.record.student)}`.trim(),
        textOf(i.record.teacher),
        textOf(i.record.date),
        textOf(d.scope),
        textOf(d.reply),
        i.changed ? OPEN_STATE : textOf(d.state) || OPEN_STATE,
      ];
    }),
  })).filter((g) => g.rows.length);
  return {
    title: LEDGER_TITLE,
    info: `单位：${unit}`,
    infoRight: `共 ${items.length} 条`,
    columns: [
      { label: '序号', width: 5 }, { label: '家长意见和建议', width: 34 }, { label: '班级学生', width: 14 },
      { label: '家访教师', width: 9 }, { label: '家访日期', width: 11 }, { label: '共性/个性', width: 8 },
      { label: '答复或措施', width: 28 }, { label: '处理状态', width: 9 },
    ],
    groups,
    empty: '（家访记录中暂无家长意见和建议）',
    notes: tallyLines(tallySuggestions(items)),
  };
}
