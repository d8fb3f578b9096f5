import { defineForm } from '../kit/define';
import { tallySuggestions } from '../../calc/suggestion-tally';
import { suggestionItems } from './items';
import { OPEN_STATE, SCOPES, STATES, TOPICS } from './topics';

const options = (list: readonly { label: string }[]) => list.map((o) => ({ value: o.label, label: o.label }));

/**
 * How the school handled one parent's suggestion from a 附件3-1 record (三（五）: 意见和建议
 * 及时反馈上报): one entry per record and field, found again by `recordId` + `field` after the
 * record is edited or imported again. `original` is the text it was classified against, so
 * that a record whose text changed since is said, not silently given the old answer.
 * Made and edited on /suggestions/ (the list of every suggestion), not on a form page.
 */
export const suggestionLedger = defineForm({
  id: 'suggestion',
  version: 1,
  annex: '意见建议',
  title: '家长意见和建议处理台账',
  summary: '家访记录中家长的意见和建议的分类和处理',
  href: '/suggestions/',
  // The home page counts the suggestions in the records, not the classifications stored.
  overview: {
    sources: ['3-1', 'suggestion'],
    line(lists) {
      const t = tallySuggestions(suggestionItems(lists['3-1'] ?? [], lists.suggestion ?? []));
      return `家长意见和建议 ${t.total} 条，待处理 ${t.byState[OPEN_STATE]} 条`;
    },
  },
  subjectKey: 'original',
  listKeys: ['topic', 'scope', 'state'],
  fields: [
    { key: 'recordId', label: '家访记录', kind: 'text', readOnly: true },
    { key: 'field', label: '栏目', kind: 'text', readOnly: true },
    { key: 'original', label: '家长意见和建议', kind: 'textarea', readOnly: true, wide: true },
    { key: 'topic', label: '类别', kind: 'choice', required: true, options: options(TOPICS) },
    { key: 'scope', label: '共性/个性', kind: 'choice', required: true, options: options(SCOPES) },
    { key: 'reply', label: '答复或措施', kind: 'textarea', wide: true },
    { key: 'state', label: '处理状态', kind: 'choice', required: true, options: options(STATES) },
  ],
  sections: [{ keys: ['topic', 'scope', 'reply', 'state'] }],
  // Printed as the 台账 of all items (suggestions/table.ts), not one entry at a time.
  paper: { orientation: 'portrait', columns: [1], head: [], rows: [{ cells: [{ t: '{original}' }] }], foot: [] },
});
