import { tallySuggestions, type SuggestionItem, type SuggestionTally } from '../calc/suggestion-tally';
import { suggestionItems } from '../forms/suggestions/items';
import { OPEN_STATE } from '../forms/suggestions/topics';
import type { Entry } from './entry';
import { readParsed } from './entries';
import { newEntry } from './entry-parse';
import { StorageError } from './errors';
import { openEntry, type EntrySession } from './session';

/** A suggestion with the school's classification as stored (an entry of the 'suggestion' form). */
export type ClassifiedItem = SuggestionItem<Entry>;

export interface SuggestionList {
  items: ClassifiedItem[];
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

// One saving session per item (debounce, ordered writes, the pagehide journal, flushAll), as
// every editor has: a reply typed just before the tab closes is kept, and two quick changes
// of one item never make two entries. Opened at once from the entry the list was read with,
// so that the first keystroke is already in the session.
const sessions = new Map<string, EntrySession>();

function sessionFor(item: ClassifiedItem): EntrySession {
  let s = sessions.get(item.key);
  if (!s) {
    s = openEntry(item.classification ?? newEntry('suggestion', { state: OPEN_STATE, recordId: item.recordId, field: item.field }), { autoMine: true });
    sessions.set(item.key, s);
  }
  return s;
}

/**
 * Stores the school's classification of an item, keyed by its record and field. Saving also
 * records the text it was made against: the school has seen the current text. A choice is
 * written at once, and the promise fails with the reason if it could not be; typing
 * (`typing`) waits for the session's pause, and is written on leaving the field or the page.
 */
export async function classify(item: ClassifiedItem, change: Classification, { typing = false } = {}): Promise<void> {
  const s = sessionFor(item);
  s.update({ ...s.entry.data, ...change, original: item.text });
  if (typing) return;
  await s.flush();
  if (s.state.kind === 'error') throw new StorageError(s.state.message);
}
