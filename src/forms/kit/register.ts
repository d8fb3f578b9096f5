// The 表册 of a form (every entry, a row each) defined once: its columns, their widths and
// the order of its rows. The Excel and the PDF writers both read it, so the two files of
// one 表册 list the same columns in the same order.
import type { FormDef } from './define';
import type { EntryData, Field, FieldKind } from './field';

export interface RegisterColumn {
  key: string;
  label: string;
  kind: FieldKind | 'number';
  /** Width in Excel character units at 11 pt (a hanzi is about 2.1); text wraps inside it. */
  width: number;
}

/** Widths by kind: enough for the usual value on one or two lines, never a whole page. */
const WIDTH: Record<FieldKind, number> = {
  text: 10, textarea: 20, phone: 13.5, date: 15, idcard: 20.5, int: 7, percent: 7, flag: 6,
  choice: 9, multi: 12, rows: 20, table: 20,
};

/** 序号, then the form's 表册 fields (`register.keys`, default every field typed). */
export function registerColumns(form: FormDef, { notes = true } = {}): RegisterColumn[] {
  const widths = form.register?.widths ?? {};
  const fields = form.registerKeys.map((k) => form.fieldByKey.get(k))
    .filter((f): f is Field => !!f && (notes || f.sensitive !== 'note'));
  return [
    { key: '', label: '序号', kind: 'number', width: 5.5 },
    ...fields.map((f) => ({ key: f.key, label: f.label, kind: f.kind, width: widths[f.key] ?? WIDTH[f.kind] })),
  ];
}

/** What one row of the 表册 is, for 共 N 人 / 共 N 份. */
export const registerCount = (form: FormDef, n: number): string => `共 ${n} ${form.register?.countUnit ?? '份'}`;

const GRADES: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/**
 * A value as it sorts: full- and half-width forms and spaces do not matter (七年级（2）班 =
 * 七年级(2)班), and grades sort as numbers (七 before 八 before 九, not by pinyin).
 */
export function sortText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').replace(/([一二三四五六七八九])(?=年级)/gu, (g) => GRADES[g]!);
}

/** The entries in the 表册's order: by `register.sortKeys` in turn (as given when none). */
export function registerOrder<T extends { data: EntryData }>(form: FormDef, entries: readonly T[]): T[] {
  const keys = form.register?.sortKeys ?? [];
  if (!keys.length) return [...entries];
  const key = (e: T) => keys.map((k) => sortText(String(e.data[k] ?? '')));
  return entries
    .map((e, i) => ({ e, i, k: key(e) }))
    .sort((a, b) => {
      for (let j = 0; j < keys.length; j++) {
        const c = collator.compare(a.k[j]!, b.k[j]!);
        if (c) return c;
      }
      return a.i - b.i;
    })
    .map((x) => x.e);
}
