// Villages written once above their block of children. In Excel the village cell is merged
// down the block, and readSheet copies a merge's text down (sheet.ts); saved as CSV the
// merge is gone and only the block's first row keeps the village. This gives the CSV the
// same rows the workbook would have given.
import type { RosterKey } from '../../forms/roster';
import type { SheetData } from './sheet';

/**
 * The fields that name a block of children (a village holds many). Never a child's own
 * value: a name, ID number or birth date copied from the row above would be a wrong child.
 */
export const FILL_DOWN_KEYS: readonly RosterKey[] = ['village'];

export interface FillDown {
  /** The rows with the blanks filled; the input is not changed. */
  rows: string[][];
  /** Cells filled, per field. */
  filled: Partial<Record<RosterKey, number>>;
  /** What was filled, for the preview: each value and the file rows it was copied to. */
  runs: { key: RosterKey; value: string; from: number; to: number }[];
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';

/**
 * Copies a village down into the blank cells below it, within a block: a blank line or a
 * repeated header line ends a block, and only rows that name a child (a name or an ID
 * number) are filled. A column is filled only when it is written block-wise: its first
 * child has a value and at most half of its children do. A column filled on nearly every
 * row keeps its few blanks: those are missing villages, and guessing them would hide it.
 * `firstRow` is the file row number of rows[0], for `runs`.
 */
export function fillDown(
  rows: readonly (readonly string[])[],
  mapping: Readonly<Record<number, RosterKey>>,
  firstRow = 2,
): FillDown {
  const col = (key: RosterKey) => Object.entries(mapping).filter(([, k]) => k === key).map(([c]) => Number(c));
  const ids = [...col('name'), ...col('idNumber')];
  const isChild = (row: readonly string[]) => ids.some((c) => !blank(row[c]));
  // Only rows that get a value are copied: a 100,000-row file stays cheap on a phone.
  const out = rows as string[][];
  let copied: string[][] | undefined;
  const filled: FillDown['filled'] = {};
  const runs: FillDown['runs'] = [];
  if (!ids.length) return { rows: out, filled, runs };
  // A header line repeated in the data (rosters printed page by page) ends a block too.
  const [names, numbers] = [col('name'), col('idNumber')];
  const isHeader = (row: readonly string[]) =>
    names.some((c) => /姓名/.test(row[c] ?? '')) || numbers.some((c) => /身份证|证件/.test(row[c] ?? ''));

  for (const key of FILL_DOWN_KEYS) {
    for (const c of col(key)) {
      const children = rows.filter((r) => isChild(r) && !isHeader(r));
      const withValue = children.filter((r) => !blank(r[c])).length;
      if (!children.length || blank(children[0]![c]) || withValue * 2 > children.length) continue;
      let carry = '';
      let run: FillDown['runs'][number] | undefined;
      (copied ?? out).forEach((row, i) => {
        if (row.every((t) => blank(t)) || isHeader(row)) {
          carry = '';
          run = undefined;
          return;
        }
        if (!blank(row[c])) {
          carry = row[c]!.trim();
          run = undefined;
          return;
        }
        if (!carry || !isChild(row)) return;
        copied ??= [...out];
        const next = [...row];
        next[c] = carry;
        copied[i] = next;
        filled[key] = (filled[key] ?? 0) + 1;
        const n = firstRow + i;
        if (run && run.value === carry && run.to === n - 1) run.to = n;
        else runs.push((run = { key, value: carry, from: n, to: n }));
      });
    }
  }
  return { rows: copied ?? [...out], filled, runs };
}

/**
 * The rows of a sheet to convert, as mapped. A workbook's merged cells were already copied
 * down when it was read; a text file (CSV) has lost its merges, so its blocks are filled here.
 */
export function rowsToConvert(sheet: SheetData, mapping: Readonly<Record<number, RosterKey>>): FillDown {
  return sheet.encoding ? fillDown(sheet.rows, mapping, sheet.firstRow) : { rows: sheet.rows, filled: {}, runs: [] };
}
