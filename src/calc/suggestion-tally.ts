/**
 * The parents' suggestions of the 附件3-1 records as one list, each with the school's
 * classification (三（五）), and their counts for the 家访总结 (四（二）).
 */
import { isSuggestion } from './suggestion';
import { OPEN_STATE, SCOPES, STATES, SUGGESTION_FIELDS, TOPICS } from '../forms/suggestions/topics';
import { textOf } from '../forms/kit/text-of';

type Data = Record<string, unknown>;
export interface Stored { id: string; data: Data }

export interface SuggestionItem<C extends Stored = Stored> {
  /** recordId + field: the item's identity across edits and imports of its record. */
  key: string;
  recordId: string;
  field: string;
  text: string;
  /** The 附件3-1 record it comes from (student, class, teacher, date). */
  record: Data;
  /** The school's classification, if any (an entry of the 'suggestion' form, as given). */
  classification?: C;
  /** Classified against a text the record no longer holds: to be looked at again. */
  changed: boolean;
}

export const itemKey = (recordId: string, field: string) => `${recordId}#${field}`;
/** The same words with other spaces or line breaks are the same suggestion (Chinese needs no spaces). */
const bare = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
const sameText = (a: string, b: string) => bare(a) === bare(b);

/**
 * One item per suggestion field of each record that holds a suggestion (isSuggestion, as
 * 附件3-2 counts), in the records' order. `records` are those 附件3-2 counts (complete ones),
 * so the list is exactly as long as 3-2's 征集家长意见和建议数量 from the same records.
 */
export function collectSuggestions<C extends Stored = Stored>(records: readonly Stored[], classifications: readonly C[] = []): SuggestionItem<C>[] {
  const byKey = new Map<string, C>();
  // The latest classification wins if two devices each made one for the same item.
  for (const c of classifications) byKey.set(itemKey(textOf(c.data.recordId), textOf(c.data.field)), c);
  const items: SuggestionItem<C>[] = [];
  for (const r of records)
    for (const f of SUGGESTION_FIELDS) {
      const text = textOf(r.data[f]);
      if (!isSuggestion(text)) continue;
      const key = itemKey(r.id, f);
      const classification = byKey.get(key);
      const changed = !!classification && !sameText(textOf(classification.data.original), text);
      items.push({ key, recordId: r.id, field: f, text, record: r.data, classification, changed });
    }
  return items;
}

export const UNCLASSIFIED = '未分类';

export interface SuggestionTally {
  total: number;
  /** By topic label, in TOPICS order, then 未分类. */
  byTopic: Record<string, number>;
  /** By 共性 / 个性, then 未分类. */
  byScope: Record<string, number>;
  /** By state; an unclassified item or one whose text changed is 待处理. */
  byState: Record<string, number>;
  changed: number;
}

const zeros = (labels: readonly string[]) => Object.fromEntries(labels.map((l) => [l, 0]));

export function tallySuggestions(items: readonly SuggestionItem[]): SuggestionTally {
  const topics = [...TOPICS.map((t) => t.label), UNCLASSIFIED] as string[];
  const scopes = [...SCOPES.map((s) => s.label), UNCLASSIFIED] as string[];
  const states = STATES.map((s) => s.label) as string[];
  const t: SuggestionTally = { total: items.length, byTopic: zeros(topics), byScope: zeros(scopes), byState: zeros(states), changed: 0 };
  for (const item of items) {
    const d = item.classification?.data ?? {};
    const pick = (v: unknown, known: string[]) => (known.includes(textOf(v)) && textOf(v) !== UNCLASSIFIED ? textOf(v) : UNCLASSIFIED);
    t.byTopic[pick(d.topic, topics)]!++;
    t.byScope[pick(d.scope, scopes)]!++;
    const state = item.changed || !states.includes(textOf(d.state)) ? OPEN_STATE : textOf(d.state);
    t.byState[state]!++;
    if (item.changed) t.changed++;
  }
  return t;
}

/** One line per count group, as the 家访总结 and the exports say them. */
export function tallyLines(t: SuggestionTally): string[] {
  const part = (rec: Record<string, number>) =>
    Object.entries(rec).filter(([k, n]) => k !== UNCLASSIFIED || n > 0).map(([k, n]) => `${k} ${n} 条`).join('，');
  return [
    `按类别：${part(t.byTopic)}`,
    `共性/个性：${part(t.byScope)}`,
    `处理情况：${part(t.byState)}${t.changed ? `（其中原文已修改待复核 ${t.changed} 条）` : ''}`,
  ];
}
