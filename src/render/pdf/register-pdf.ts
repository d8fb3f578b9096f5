import type { FormDef } from '../../forms/kit/define';
import { registerColumns, registerCount, registerOrder } from '../../forms/kit/register';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { groupedTablePdf } from './grouped-table';

/**
 * The 表册 as a landscape table, one row per entry, header repeated on every page, pages
 * numbered: a grouped table with one untitled group. Its columns, their relative widths and
 * the order of rows are the Excel 表册's (kit/register.ts), so the two files agree.
 */
export function registerPdf(form: FormDef, entries: Entry[], settings: Settings, font: ArrayBuffer | Uint8Array, { notes = false } = {}): Uint8Array {
  const columns = registerColumns(form, { notes });
  const fields = columns.slice(1);
  return groupedTablePdf({
    title: form.registerTitle,
    info: `单位名称：${settings.unit}`,
    infoRight: registerCount(form, entries.length),
    columns: columns.map((c) => ({ label: c.label, width: c.width })),
    groups: [{
      title: '',
      rows: registerOrder(form, entries).map((e, i) => [String(i + 1), ...fields.map((f) => form.text(e.data, f.key))]),
    }],
  }, settings, font);
}
