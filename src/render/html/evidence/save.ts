import type { EntryData } from '../../../forms/kit/field';
import { evidenceRecord } from '../../../forms/evidence';
import type { ChildChecklist, Linked } from '../../../forms/evidence';
import { newEntry } from '../../../storage/entry-parse';
import { openEntry, type EntrySession, type SaveState } from '../../../storage/session';
import { trimmedOf } from '../../../forms/kit/text-of';

// Checklist changes arrive one control at a time; each child's 2-1 entry has one storage
// session (debounce, ordered writes, journal, flushAll), so two quick changes never make two
// entries for one child. Another tab's changes to other items are merged in; on the same
// item the later change wins, as the checklist has no room to show a conflict.
const sessions = new Map<string, EntrySession>();


/** Saves a change to the child's 2-1 record; returns the record as it now reads. */
export function saveItem(c: ChildChecklist, patch: EntryData, onState: (s: SaveState) => void): Linked {
  let s = sessions.get(c.childId);
  if (!s) {
    const fresh = newEntry(evidenceRecord.id, {});
    const r = c.record;
    s = openEntry(r ? { ...fresh, id: r.id, data: r.data, updatedAt: r.updatedAt ?? 0 } : fresh, { autoMine: true });
    const session = s;
    s.subscribe(() => onState(session.state));
    sessions.set(c.childId, s);
  }
  // The child's name and ID number travel with the record: it stays readable in a backup,
  // and finds its child again after the roster is re-imported under new ids.
  const who = { childId: c.childId, name: c.name, idNumber: trimmedOf(c.child.idNumber) };
  s.update({ ...s.entry.data, ...who, ...patch });
  return { id: s.entry.id, data: s.entry.data };
}
