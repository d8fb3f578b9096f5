import { tallySuggestions, type SuggestionItem, type SuggestionTally } from '../calc/suggestion-tally';
import { suggestionItems } from '../forms/suggestions/items';
import { OPEN_STATE } from '../forms/suggestions/topics';
import { newEntry, readParsed, saveEntry } from './entries';

export interface SuggestionList {
  items: SuggestionItem[];
  tally: SuggestionTally;
  /** 附件3-1 records and classifications stored but no longer readable: not in the list. */
  unreadable: number;
}

/** Every parent's suggestion of the 附件3-1 records on this device, with the school's classification. */
export async function loadSuggestions(): Promise<SuggestionList> {
  const [records, classes] = await Promise.all([readParsed('3-1'), readParsed('suggestion')]);
  const sorted = [...classes.entries].sort((a, b) => a.updatedAt - b.updatedAt);
  const items = suggestionItems(records.entries, sorted);
  return { items, tally: tallySuggestions(items), unreadable: records.unreadable.length + classes.unreadable.length };
}

export type Classification = Partial<Record<'topic' | 'scope' | 'reply' | 'state', string>>;

// One write at a time per item: a second change made while the first creates the entry
// must update that entry, not create another.
const queues = new Map<string, Promise<unknown>>();

/**
 * Stores the school's classification of an item, keyed by its record and field. Saving also
 * records the text it was made against: the school has seen the current text.
 */
export function classify(item: Pick<SuggestionItem, 'key' | 'recordId' | 'field' | 'text'>, change: Classification): Promise<void> {
  const run = async () => {
    const { entries } = await readParsed('suggestion');
    const cur = entries.filter((e) => e.data.recordId === item.recordId && e.data.field === item.field)
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (cur) await saveEntry({ ...cur, data: { ...cur.data, ...change, original: item.text } });
    else await saveEntry(newEntry('suggestion', { state: OPEN_STATE, ...change, recordId: item.recordId, field: item.field, original: item.text }));
  };
  const next = (queues.get(item.key) ?? Promise.resolve()).catch(() => {}).then(run);
  queues.set(item.key, next);
  return next;
}
