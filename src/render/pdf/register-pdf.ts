import type { FormDef } from '../../forms/kit/define';
import type { Field } from '../../forms/kit/field';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { groupedTablePdf } from './grouped-table';

/** Column widths by kind, in the relative units of GroupedTable: free text gets room. */
const WIDTH: Partial<Record<Field['kind'], number>> = { textarea: 24, multi: 16, date: 11, phone: 12 };

/**
 * The 表册 as a landscape table, one row per entry, header repeated on every page, pages
 * numbered: a grouped table with one untitled group. Columns are `form.listKeys` by
 * default: every field would not fit a printed page.
 */
export function registerPdf(
  form: FormDef, entries: Entry[], settings: Settings, font: ArrayBuffer | Uint8Array,
  keys: string[] = form.listKeys,
): Uint8Array {
  const fields = keys.map((k) => form.fieldByKey.get(k)).filter((f): f is Field => !!f);
  return groupedTablePdf({
    title: form.registerTitle,
    info: `单位名称：${settings.unit}`,
    infoRight: `共 ${entries.length} 份`,
    columns: [{ label: '序号', width: 4 }, ...fields.map((f) => ({ label: f.label, width: WIDTH[f.kind] ?? 10 }))],
    groups: [{ title: '', rows: entries.map((e, i) => [String(i + 1), ...fields.map((f) => form.text(e.data, f.key))]) }],
  }, settings, font);
}
