// What each field kind means, once: stored shape, empty value, check and paper text (KINDS).
import { z } from './zod';
import type { Field, FieldKind, FieldValue, RowColumn, RowItem } from './field';
import { tableIssues, tableLabel } from './table';
import { formatPercent } from '../../calc/percent';
import { parseIdNumber } from '../../calc/idcard';
import { dateError, formatChineseDate, phoneError } from './validators';
import type { ValueOf } from './typed';
import { inputTextOf } from './text-of';

/**
 * What each field kind means, once: its stored shape (draft, lenient so nothing typed is
 * ever refused), its check for a complete entry, and its text on paper.
 */
export interface KindSpec<K extends FieldKind = FieldKind> {
  /** Reads exactly the kind's value type (typed.ts `ValueOf`): the compiler holds the two together. */
  draft: z.ZodMiniType<ValueOf<K>>;
  empty: ValueOf<K>;
  /** Chinese message for a non-empty value that is wrong, or null. */
  check(value: FieldValue, field: Field): string | null;
  text(value: FieldValue, field: Field): string;
  /** Printed when there is no value (a percentage of nothing is "—", never 0 or NaN). */
  emptyText?: string;
}

const str = z.string().check(z.maxLength(20_000));
const optionLabel = (field: Field, v: string) =>
  ('options' in field ? field.options.find((o) => o.value === v)?.label : undefined) ?? v;

export const KINDS: { [K in FieldKind]: KindSpec<K> } = {
  text: { draft: str, empty: '', check: () => null, text: inputTextOf },
  textarea: { draft: str, empty: '', check: () => null, text: inputTextOf },
  phone: { draft: str, empty: '', check: (v) => phoneError(inputTextOf(v)), text: inputTextOf },
  date: {
    draft: str,
    empty: '',
    check: (v) => dateError(inputTextOf(v)),
    text: (v) => formatChineseDate(inputTextOf(v)),
  },
  // 身份证号码 (GB 11643-1999). The draft keeps whatever was typed so nothing is lost; the
  // paper text is the normalized 18-character number (full-width digits, lowercase x and
  // old 15-digit numbers upgraded) so printed rosters agree with the check digit.
  idcard: {
    draft: str,
    empty: '',
    check: (v) => {
      const r = parseIdNumber(inputTextOf(v));
      return r.ok ? null : r.error;
    },
    text: (v) => {
      const r = parseIdNumber(inputTextOf(v));
      return r.ok ? r.id : inputTextOf(v);
    },
  },
  int: {
    draft: z.nullable(z.int()),
    empty: null,
    check: (v, f) => {
      const min = 'min' in f && f.min != null ? f.min : 0;
      return typeof v === 'number' && Number.isInteger(v) && v >= min ? null : `请填写不小于${min}的整数`;
    },
    text: inputTextOf,
  },
  percent: {
    draft: z.nullable(z.number()),
    empty: null,
    check: () => null,
    text: (v) => formatPercent(typeof v === 'number' ? v : null),
    emptyText: formatPercent(null),
  },
  flag: {
    draft: z.boolean(),
    empty: false,
    check: () => null,
    text: (v) => (v === true ? '是' : ''),
  },
  choice: {
    draft: str,
    empty: '',
    check: (v, f) =>
      'options' in f && f.options.some((o) => o.value === v) ? null : '请从选项中选择',
    text: (v, f) => optionLabel(f, inputTextOf(v)),
  },
  multi: {
    draft: z.array(str),
    empty: [],
    check: (v, f) =>
      Array.isArray(v) && 'options' in f && v.every((x) => f.options.some((o) => o.value === x))
        ? null
        : '请从选项中选择',
    text: (v, f) => (Array.isArray(v) ? v.map((x) => optionLabel(f, String(x))).join('、') : ''),
  },
  // A table extended row by row (附件1-2's villages): an array of {column: value}. The paper
  // prints it through a row marked `repeat` (see paper.ts); its own text names the rows.
  rows: {
    draft: z.array(z.record(z.string(), z.union([str, z.number(), z.null()]))).check(z.maxLength(10_000)),
    empty: [],
    check: (v, f) => (f.kind === 'rows' && Array.isArray(v) ? rowsError(v as RowItem[], f.columns) : null),
    text: (v, f) =>
      f.kind === 'rows' && Array.isArray(v)
        ? (v as RowItem[]).map((r) => inputTextOf(r[f.keyColumn] ?? null).trim()).filter(Boolean).join('、')
        : '',
  },
  // A fixed table (附件2-2's items): one {column: value} per declared row, in order. Its
  // cells are checked one by one (tableIssues), each by its path, so an issue is said beside
  // its row; `check` gives the first, for a caller that wants one message.
  table: {
    draft: z.array(z.record(z.string(), z.union([str, z.number(), z.null()]))).check(z.maxLength(1000)),
    empty: [],
    check: (v, f) => {
      if (f.kind !== 'table') return null;
      const [path, msg] = Object.entries(tableIssues(f, v, f.key))[0] ?? [];
      return path && msg ? `${tableLabel(f, path)}：${msg === '必填' ? '请填写' : msg}` : null;
    },
    text: (v, f) =>
      f.kind === 'table' && Array.isArray(v)
        ? f.rows.flatMap((name, r) => {
          const row = (v as RowItem[])[r];
          const cells = f.columns.map((c) => {
            const v = inputTextOf(row?.[c.key] ?? null).trim();
            return c.options?.find((o) => o.value === v)?.label ?? v;
          }).filter(Boolean);
          return cells.length ? [`${name} ${cells.join(' ')}`] : [];
        }).join('；')
        : '',
  },
};

/** The first wrong cell of a table, as 第N行“列”：message. */
function rowsError(items: RowItem[], columns: RowColumn[]): string | null {
  for (const [i, item] of items.entries())
    for (const c of columns) {
      const v = item[c.key];
      if (v == null || v === '') continue;
      const msg = c.kind === 'int'
        ? (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : '请填写不小于0的整数')
        : c.kind === 'phone' ? phoneError(String(v))
        : c.kind === 'date' ? dateError(String(v)) : null;
      if (msg) return `第${i + 1}行“${c.label}”：${msg}`;
    }
  return null;
}

export function isEmpty(v: FieldValue | undefined): boolean {
  return v == null || v === false || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}
