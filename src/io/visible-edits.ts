// Edits made on the visible sheets of an exported workbook (an office corrects a name in
// the printed form, not in the hidden 数据 sheet). Pure: the reader hands over, per record,
// each recorded cell's template and what the cell shows now.
import type { FormDef } from '../forms/kit/define';
import type { Field, FieldValue } from '../forms/kit/field';
import { xmlSafe } from '../render/xlsx/cells';

/** A visible cell as the export wrote it (`template`, e.g. "电话1：{phone1}") and as it reads now. */
export interface VisibleCell {
  template: string;
  shown: string;
}

export interface VisibleEdit {
  /** Field label(s), as the form prints them. */
  label: string;
  /** What the app prints for the hidden value. */
  hidden: string;
  /** What the visible cell shows. */
  shown: string;
  /** The field and stored value to take; absent when the edit cannot be taken back. */
  take?: { key: string; value: FieldValue };
}

const PLACEHOLDER = /\{(\w+(?:\.\w+)*)\}/g;
const norm = (s: string) => xmlSafe(s.replace(/\r\n?/g, '\n'));

/** Splits `shown` along the template's fixed text: key -> text in its place, or null if it does not fit. */
function split(template: string, shown: string): Map<string, string> | null {
  const pieces = template.split(PLACEHOLDER); // literal, key, literal, …, literal
  const lits = pieces.filter((_, i) => i % 2 === 0);
  const keys = pieces.filter((_, i) => i % 2 === 1);
  if (!shown.startsWith(lits[0])) return null;
  const out = new Map<string, string>();
  let pos = lits[0].length;
  for (let k = 0; k < keys.length; k++) {
    const lit = lits[k + 1];
    const last = k === keys.length - 1;
    // Two placeholders with nothing between them cannot be told apart.
    if (!last && lit === '') return null;
    const end = last ? (shown.endsWith(lit) ? shown.length - lit.length : -1) : shown.indexOf(lit, pos);
    if (end < pos) return null;
    out.set(keys[k], shown.slice(pos, end));
    pos = end + lit.length;
  }
  return out;
}

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** The stored value for a field's printed text, when the text is the value alone and reads back. */
function parseBack(field: Field, text: string): FieldValue | undefined {
  const t = text.trim();
  if (field.blank && t === field.blank) return field.kind === 'int' ? null : '';
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'phone':
    case 'idcard':
      return text;
    case 'int':
      return t === '' ? null : /^-?\d+$/.test(t) ? Number(t) : undefined;
    case 'date': {
      const m = DATE.exec(t);
      if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
      return t === '' || /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined;
    }
    case 'choice':
      return t === '' ? '' : field.options.find((o) => o.label === t)?.value;
    default:
      return undefined; // several choices, flags, tables, percentages: not one value in one cell
  }
}

/** A cell of a fixed table (`items.3.state`) as a field of its column's kind, to read back like one. */
function tableCell(form: FormDef, path: string): Field | undefined {
  const table = form.fieldByKey.get(path.split('.')[0]!);
  const column = table?.kind === 'table' ? table.columns.find((c) => c.key === path.split('.')[2]) : undefined;
  if (!table || !column) return undefined;
  const label = form.labelOf(path) ?? path;
  return column.kind === 'choice'
    ? { key: path, label, kind: 'choice', options: column.options ?? [], derived: table.derived }
    : { key: path, label, kind: column.kind, derived: table.derived };
}

/** Differences between the visible cells and the text the app prints for `data`. */
export function visibleEdits(form: FormDef, data: Parameters<FormDef['text']>[0], cells: VisibleCell[]): VisibleEdit[] {
  const edits: VisibleEdit[] = [];
  for (const { template, shown: raw } of cells) {
    const shown = norm(raw);
    const expected = norm(form.fill(template, data));
    if (shown === expected) continue;
    const parts = split(template, shown);
    const keys = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
    if (!parts) {
      const label = keys.map((k) => form.labelOf(k) ?? k).join('、');
      edits.push({ label, hidden: expected, shown });
      continue;
    }
    for (const [key, text] of parts) {
      const hidden = norm(form.text(data, key));
      if (text === hidden) continue;
      const field = form.fieldByKey.get(key) ?? tableCell(form, key);
      const enabled = field && (!field.enabledWhen || field.enabledWhen(data));
      const value = field && enabled && !field.derived && !field.readOnly ? parseBack(field, text) : undefined;
      edits.push({ label: field?.label ?? key, hidden, shown: text, ...(value !== undefined ? { take: { key, value } } : {}) });
    }
  }
  return edits;
}
