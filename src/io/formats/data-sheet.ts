// The data sheet format: the machine-readable sheet every exported workbook carries, so the app re-imports its own files without loss.
// Defined once here for its writer (render/xlsx/data-sheet.ts) and its reader (io/read-workbook.ts);
// it imports only a type, so neither pulls in the other.
import type { FormDef } from '../../forms/kit/define';

export const DATA_SHEET = '数据';
/**
 * A1 of the data sheet; B1 holds DATA_FORMAT, C1 (from format 2) the id of the form the file
 * holds: every row must belong to it. Tells our workbooks from anyone else's.
 */
export const MARKER = '__jiafang__';
/**
 * Rises when the layout of the data sheet changes. 2: C1 declares the form; a last column
 * VISIBLE_KEY maps each record's fields to the visible cells that print them.
 */
export const DATA_FORMAT = 2;
/**
 * Header of the column that holds, per record, JSON {s: sheet name, c: [[cell, template]]}:
 * where the visible sheets print its values, and with what text around them ("电话1：{phone1}").
 * Not a field key (those are word characters only).
 */
export const VISIBLE_KEY = '@visible';
/**
 * Header of the column that holds, per record, JSON {u: unit, v: {key: value}}: the values the
 * app computed for the form's derived fields (a count from the roster, a share) and the unit
 * that exported it. The stored data keeps a computed count empty, so this is where a receiver
 * (the town, the bureau) reads the numbers the sheet prints. Re-import ignores it.
 */
export const RESOLVED_KEY = '@resolved';
/** Columns that are not fields start with '@' (field keys are word characters only). */
export const isMetaKey = (key: string): boolean => key.startsWith('@');
/** Row 2 starts with these; one column per field key follows. Data rows start at row 3. */
export const ENVELOPE_KEYS = ['id', 'formId', 'formVersion', 'createdAt', 'updatedAt', 'status'] as const;
export const HEADER_ROW = 2;

/**
 * Whether a cell template prints only stored fields of the form (no derived value, no cell of
 * a `rows` table), so that an import can compare it with the hidden data.
 */
export function comparable(form: FormDef, template: string): boolean {
  const keys = [...template.matchAll(/\{(\w+(?:\.\w+)*)\}/g)].map((m) => m[1]);
  return keys.length > 0 && keys.every((k) => {
    // A field, or a cell of a fixed table (items.3.state): both are stored as printed.
    const f = form.fieldByKey.get(k) ?? (k.includes('.') ? form.fieldByKey.get(k.split('.')[0]!) : undefined);
    return !!f && !f.derived && (f.key === k || (f.kind === 'table' && f.columns.some((c) => c.key === k.split('.')[2])));
  });
}
