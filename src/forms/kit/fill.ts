// Filling an entry from another form's entry (a roster child) without throwing typing away.
import type { EntryData, FieldValue } from './field';

const blank = (v: FieldValue | undefined) =>
  v == null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);
const same = (a: FieldValue | undefined, b: FieldValue | undefined) =>
  JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/**
 * A record after picking a roster child. A field is filled when it is empty or still holds
 * what the previously picked child (`before`, that child's fill) gave it, so picking another
 * child replaces the first one's details, even with nothing where the roster has nothing.
 * Anything the teacher typed is kept and named in `kept`: picking never throws typing away.
 */
export function applyFill(data: EntryData, fill: EntryData, before?: EntryData): { data: EntryData; kept: string[] } {
  const next: EntryData = { ...data };
  const kept: string[] = [];
  for (const [k, v] of Object.entries(fill)) {
    const untouched = blank(data[k]) || (before !== undefined && same(data[k], before[k]));
    if (untouched) next[k] = v;
    else if (!blank(v) && !same(data[k], v)) kept.push(k);
  }
  return { data: next, kept };
}
