// 附件2-2's stored data from version 1 (one flat field per box and per item cell) to
// version 2 (the `volumes` and `items` tables). Pure: storage and every importer run it.
import type { EntryData, RowItem } from '../kit/field';
import { BOXES } from './boxes';

type Cell = RowItem[string];

/** A v1 value as a table cell: what v1's schema allowed (string, integer or null) is kept; anything else is dropped. */
const cell = (v: unknown, fallback: Cell): Cell =>
  typeof v === 'string' || typeof v === 'number' || v === null ? v : fallback;

/** v1: b1Vols, b1i1State, b1i1Count, b1i1Pages, b1i1Vol, b1i1Note … -> v2: volumes[8], items[27]. */
export function flatToTables(data: EntryData): EntryData {
  const out: EntryData = { ...data };
  const take = (key: string, fallback: Cell): Cell => {
    const v = out[key];
    delete out[key];
    return cell(v, fallback);
  };
  const volumes = BOXES.map((b): RowItem => ({ count: take(`b${b.n}Vols`, null) }));
  const items = BOXES.flatMap((b) => b.items.map((_, i): RowItem => {
    const k = `b${b.n}i${i + 1}`;
    return {
      state: take(`${k}State`, ''),
      count: take(`${k}Count`, null),
      pages: take(`${k}Pages`, null),
      volume: take(`${k}Vol`, null),
      note: take(`${k}Note`, ''),
    };
  }));
  return { ...out, volumes, items };
}
