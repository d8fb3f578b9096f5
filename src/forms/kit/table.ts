// The `table` kind's cells (a fixed list of rows, e.g. 附件2-2's items): their checks, names and writes by path.
import type { EntryData, Field, FieldValue, RowItem, TableColumn } from './field';

export type TableField = Extract<Field, { kind: 'table' }>;

/** A table cell's value of the wrong form, or null (an empty cell is never wrong here). */
function cellError(c: TableColumn, v: string | number): string | null {
  if (c.kind === 'int') {
    const min = c.min ?? 0;
    return typeof v === 'number' && Number.isInteger(v) && v >= min ? null : `请填写不小于${min}的整数`;
  }
  if (c.kind === 'choice') return c.options?.some((o) => o.value === v) ? null : '请从选项中选择';
  return null;
}

/**
 * Every problem of a fixed table, by the path of its cell (`items.3.state`): '必填' for an
 * empty cell of a required column (as for a required field), else the cell's format error.
 */
export function tableIssues(f: TableField, value: FieldValue | undefined, key: string): Record<string, string> {
  const items = Array.isArray(value) ? (value as RowItem[]) : [];
  const out: Record<string, string> = {};
  f.rows.forEach((_, r) => {
    const row = items[r];
    for (const c of f.columns) {
      const v = row && typeof row === 'object' ? row[c.key] : null;
      const empty = v == null || (typeof v === 'string' && v.trim() === '');
      const msg = empty ? (c.required ? '必填' : null) : cellError(c, v);
      if (msg) out[`${key}.${r}.${c.key}`] = msg;
    }
  });
  return out;
}

/** The name of a table cell's path as a person says it: “Ⅰ类① 情况”. */
export function tableLabel(f: TableField, path: string): string {
  const [, r, col] = path.split('.');
  const column = f.columns.find((c) => c.key === col);
  return `${f.rows[Number(r)] ?? ''} ${column?.label ?? ''}`.trim();
}

/**
 * The data with one table cell set by its path (`items.3.state`): a copy, the other rows as
 * they were, missing rows up to it empty. A path that names no table row is left alone.
 */
export function withCell(data: EntryData, path: string, value: RowItem[string]): EntryData {
  const [key, r, col] = path.split('.');
  const row = Number(r);
  if (!key || !col || !Number.isInteger(row) || row < 0) return data;
  const rows = Array.isArray(data[key]) ? [...(data[key] as RowItem[])] : [];
  for (let i = rows.length; i <= row; i++) rows[i] = {};
  rows[row] = { ...rows[row], [col]: value };
  return { ...data, [key]: rows };
}
