// The two classifications of 附件4 as field options, and which of them an entry has chosen.
// The classes themselves (numbers, seed wording, which need the police) are data in
// vocabulary/classes.ts, shared with the roster's suggestion of a class.
import type { EntryData, Option } from '../kit/field';
import { isEmpty } from '../kit/kinds';
import { DROPOUT_CLASSES, NON_DROPOUT_CLASSES, type AnnexClass } from '../vocabulary';

/** Stored value = the seed's wording; the option shows its number as on paper ("6：外迁无法联系"). */
const options = (classes: readonly AnnexClass[]): Option[] =>
  classes.map((c) => ({ value: c.label, label: `${c.no}：${c.label}` }));

export const DROPOUT_OPTIONS = options(DROPOUT_CLASSES);
export const NON_DROPOUT_OPTIONS = options(NON_DROPOUT_CLASSES);

/** The field keys of the two classifications and their detail texts. */
export const CLASS_KEYS = { dropout: 'dropoutClass', nonDropout: 'nonDropoutClass' } as const;

const find = (classes: readonly AnnexClass[], v: unknown) =>
  typeof v === 'string' ? classes.find((c) => c.label === v.trim()) : undefined;

/**
 * The chosen class, when exactly one classification is filled in. Both filled (possible in
 * an imported file) or neither gives null: the entry is then not complete.
 */
export function chosenClass(data: EntryData): AnnexClass | null {
  const d = find(DROPOUT_CLASSES, data[CLASS_KEYS.dropout]);
  const n = find(NON_DROPOUT_CLASSES, data[CLASS_KEYS.nonDropout]);
  return d && !n ? d : n && !d ? n : null;
}

/**
 * The dropout side (失（辍）学类别, 劝返情况, 劝返记录) is open unless a non-dropout class is
 * chosen and no dropout class is: then it is greyed out, and the other way round. When both
 * are filled in (an imported file) both stay open so the user can clear one.
 */
export const dropoutSideOpen = (data: EntryData): boolean =>
  isEmpty(data[CLASS_KEYS.nonDropout]) || !isEmpty(data[CLASS_KEYS.dropout]);
export const nonDropoutSideOpen = (data: EntryData): boolean =>
  isEmpty(data[CLASS_KEYS.dropout]) || !isEmpty(data[CLASS_KEYS.nonDropout]);

