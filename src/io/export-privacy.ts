// What a file about to leave the device says about children, for the one-line warning at
// the moment of export: read from the form's definition (fields marked `sensitive`), never
// from a list of form ids. Pure.
import type { FormDef } from '../forms/kit/define';
import type { EntryData, Field } from '../forms/kit/field';
import type { GroupedTable } from '../forms/kit/grouped-table';
import { registerColumns } from '../forms/kit/register';
import type { ExportKind } from './export';

export interface FileContents {
  /** Fields the file carries, as the export writes them. */
  fields: readonly Field[];
}

export interface Sensitivity {
  /** Children (entries) whose full ID number or health details the file carries. */
  children: number;
  ids: boolean;
  health: boolean;
  notes: boolean;
}

/** Whether a stored value says anything (a 否 or an empty choice says nothing about health). */
const says = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' && v.trim() !== '否' : v != null && v !== false;

/**
 * The fields an export of `kind` carries. A register prints its columns; with its hidden data
 * sheet (every stored field) the file carries them all. A single form's file carries them all
 * (its paper and its data sheet). Notes only when the user asked for them.
 */
export function exportedFields(form: FormDef, kind: ExportKind, { dataSheet = true, notes = true } = {}): Field[] {
  const keys = kind.startsWith('register') && !(kind === 'register-xlsx' && dataSheet)
    ? new Set(registerColumns(form).map((c) => c.key)) : null;
  return form.fields.filter((f) => (!keys || keys.has(f.key)) && (notes || f.sensitive !== 'note'));
}

/** How many children's ID numbers or health details `fields` of these entries disclose. */
export function sensitivity(fields: readonly Field[], entries: readonly EntryData[]): Sensitivity {
  const ids = fields.filter((f) => f.sensitive === 'id');
  const health = fields.filter((f) => f.sensitive === 'health' || f.sensitive === 'note');
  const out: Sensitivity = { children: 0, ids: false, health: false, notes: false };
  for (const d of entries) {
    const id = ids.some((f) => says(d[f.key]));
    const h = health.filter((f) => says(d[f.key]));
    if (id || h.length) out.children++;
    out.ids ||= id;
    out.health ||= h.length > 0;
    out.notes ||= h.some((f) => f.sensitive === 'note');
  }
  return out;
}

/** The one line said at the moment of export, or null when the file carries neither. */
export function privacyWarning(s: Sensitivity): string | null {
  if (!s.children) return null;
  const what = [s.ids && '完整身份证号', s.health && '健康、残疾或家庭困难等情况'].filter(Boolean).join('和');
  return `此文件含 ${s.children} 名儿童的${what}，请只发给需要的人。`;
}

/** The warning for an export of `entries` as `kind` (see exportedFields for the options). */
export function exportWarning(form: FormDef, kind: ExportKind, entries: readonly EntryData[], opts?: { dataSheet?: boolean; notes?: boolean }): string | null {
  return privacyWarning(sensitivity(exportedFields(form, kind, opts), entries));
}

/** Children named in a backup: distinct ID numbers in the fields marked 'id' of every form. */
export function childrenWithIds(forms: ReadonlyMap<string, FormDef> | ((id: string) => FormDef | undefined), entries: Iterable<{ formId: string; data: EntryData }>): number {
  const formOf = typeof forms === 'function' ? forms : (id: string) => forms.get(id);
  const keys = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    let k = keys.get(e.formId);
    if (!k) keys.set(e.formId, (k = formOf(e.formId)?.fields.filter((f) => f.sensitive === 'id').map((f) => f.key) ?? []));
    for (const key of k) {
      const v = e.data[key];
      if (typeof v === 'string' && v.trim()) seen.add(v.trim().toUpperCase());
    }
  }
  return seen.size;
}

/** The warning before an unencrypted backup: what anyone holding the file can read. */
export const plainBackupWarning = (children: number, entries?: number): string =>
  `不加密的备份文件含${children ? ` ${children} 名儿童的身份证号，以及` : ''}本机全部${entries != null ? ` ${entries} 条` : ''}记录（姓名、家庭住址、家长电话、健康和家庭困难情况、家访记录等），任何拿到文件的人都能打开阅读。`;

/**
 * The warning for a list made from another form's entries (2-1's 特殊情况分类花名册 and 疑似
 * 失、辍学学生花名册, made from the roster): its columns named like the source form's
 * sensitive fields are read, one row a child.
 */
export function tableWarning(table: GroupedTable, source: FormDef): string | null {
  const fields = source.fields.filter((f) => f.sensitive === 'id' || f.sensitive === 'health');
  const cols = table.columns.flatMap((c, i) => {
    const f = fields.find((x) => x.label === c.label);
    return f ? [[i, f] as const] : [];
  });
  const out: Sensitivity = { children: 0, ids: false, health: false, notes: false };
  for (const row of table.groups.flatMap((g) => g.rows)) {
    const hit = cols.filter(([i]) => says(row[i]));
    if (hit.length) out.children++;
    out.ids ||= hit.some(([, f]) => f.sensitive === 'id');
    out.health ||= hit.some(([, f]) => f.sensitive === 'health');
  }
  return privacyWarning(out);
}
