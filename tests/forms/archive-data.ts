// Catalogue data for tests, written as a person fills it: some cells of some items, some boxes split.
import { withItem, withVolumes, type ArchiveBox } from '../../src/forms/archive';
import type { EntryData, RowItem } from '../../src/forms/kit/field';

export function catalogue(base: EntryData, items: [ArchiveBox, number, RowItem][], vols: [ArchiveBox, number][] = []): EntryData {
  let d = base;
  for (const [b, n] of vols) d = withVolumes(d, b, n);
  for (const [b, i, cells] of items) d = withItem(d, b, i, cells);
  return d;
}
