import type { Workbook } from './ooxml';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../../forms/kit/define';
import { statusOfData } from '../../forms/kit/evaluate';
import type { FieldValue } from '../../forms/kit/field';
import type { Entry } from '../../storage/entry';
import { xmlSafe } from './cells';
import { DATA_FORMAT, DATA_SHEET, ENVELOPE_KEYS, MARKER, RESOLVED_KEY, VISIBLE_KEY } from '../../io/formats/data-sheet';

/** Where a record's values are printed: a sheet, and its cells with their templates. */
export interface VisibleMap {
  sheet: string;
  cells: [address: string, template: string][];
}

/** The stored value as one cell: arrays as JSON text, empty as an empty cell. */
function dataCell(v: FieldValue | undefined): string | number | boolean | null {
  if (v == null) return null;
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length ? xmlSafe(JSON.stringify(v)) : null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v === '' ? null : xmlSafe(String(v));
}

/** Adds the hidden sheet that readOwnWorkbook reads back (see io/formats/data-sheet.ts). */
export function addDataSheet(
  wb: Workbook, form: FormDef, entries: Entry[], visible: VisibleMap[] = [], ctx: DeriveContext = NO_SOURCES, { notes = true } = {},
): void {
  const ws = wb.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
  // Values computed on the fly ('auto') are not data: the importer recomputes them. Notes
  // left out are a missing column: the import keeps the stored ones.
  const keys = form.fields.filter((f) => f.derived !== 'auto' && (notes || f.sensitive !== 'note')).map((f) => f.key);
  const derived = form.fields.filter((f) => f.derived).map((f) => f.key);
  ws.addRow([MARKER, DATA_FORMAT, form.id, '本表供本应用重新导入，请勿修改']);
  ws.addRow([...ENVELOPE_KEYS, ...keys, VISIBLE_KEY, ...(derived.length ? [RESOLVED_KEY] : [])]);
  entries.forEach((e, i) => {
    const map = visible[i];
    const shown = derived.length ? form.resolve(e.data, ctx) : {};
    const resolved = { u: ctx.settings?.unit ?? '', v: Object.fromEntries(derived.map((k) => [k, shown[k] ?? null])) };
    ws.addRow([
      // The status evaluate() gives (with the report's sources), as the editor shows it.
      e.id, e.formId, e.formVersion, e.createdAt, e.updatedAt, statusOfData(form, e.data, ctx),
      ...keys.map((k) => dataCell(e.data[k])),
      map ? xmlSafe(JSON.stringify({ s: map.sheet, c: map.cells })) : null,
      ...(derived.length ? [xmlSafe(JSON.stringify(resolved))] : []),
    ]);
  });
}
