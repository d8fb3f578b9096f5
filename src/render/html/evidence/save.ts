import type { EntryData } from '../../../forms/kit/field';
import { evidenceRecord } from '../../../forms/evidence';
import type { ChildChecklist } from '../../../forms/evidence';
import { getEntry, newEntry, saveEntry } from '../../../storage/entries';

// Checklist changes arrive one control at a time; a child's first change makes its 2-1
// entry. Saves run one after another, and a child's new entry is remembered, so two quick
// changes never make two entries for one child.
let queue: Promise<unknown> = Promise.resolve();
const made = new Map<string, string>();

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function saveItem(c: ChildChecklist, patch: EntryData): Promise<unknown> {
  const run = async () => {
    const id = c.record?.id ?? made.get(c.childId);
    const base = (id && (await getEntry(id))) || newEntry(evidenceRecord.id, {});
    made.set(c.childId, base.id);
    // The child's name and ID number travel with the record: it stays readable in a backup,
    // and finds its child again after the roster is re-imported under new ids.
    const who = { childId: c.childId, name: c.name, idNumber: str(c.child.idNumber) };
    await saveEntry({ ...base, data: { ...base.data, ...who, ...patch } });
  };
  queue = queue.then(run, run);
  return queue;
}
