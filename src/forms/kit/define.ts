// defineForm(): from a FormSpec (spec.ts), the form's schema, check, paper text, resolve and migrate.
import { z } from './zod';
import type { EntryData, Field, FieldKind, FieldValue, RowItem } from './field';
import { isEmpty, KINDS } from './kinds';
import { tableIssues, tableLabel } from './table';
import type { PaperLayout } from './paper';
import { fillTemplate } from './paper';
import type { CheckedFields, CheckedPaper, CheckedReports, DraftOf, Fields, KeyOf, PaperTokens } from './typed';
import type { DeriveContext, FormReports, FormSpec, Issues } from './spec';
export * from './spec';


/** A defined form; `FormDef` alone is any form (the registry, storage and writers loop over them). */
export interface FormDef<F extends Fields = Fields, V extends string = string> extends FormSpec<F, PaperLayout, V> {
  fieldByKey: Map<string, Field>;
  registerTitle: string;
  registerKeys: string[];
  /** Lenient schema used at the storage boundary: any draft passes, junk does not. */
  draftSchema: z.ZodMiniType<DraftOf<F>>;
  /** Per-field problems of an entry; empty when the entry is complete and valid. */
  check(data: EntryData): Issues;
  emptyData(): EntryData;
  /** A field's value as it is printed on paper; `field.2.column` names a cell of a `rows` field. */
  text(data: EntryData, key: string): string;
  /** The kind and value at a key or `rows` path, or undefined when nothing is there. */
  valueAt(data: EntryData, key: string): { kind: FieldKind; value: FieldValue | undefined } | undefined;
  /** What a person calls a field or a `table` cell's path (2-2: `items.3.state` -> Ⅱ类① 情况). */
  labelOf(key: string): string | undefined;
  fill(template: string, data: EntryData): string;
  subject(data: EntryData): string;
  migrate(data: EntryData, fromVersion: number): EntryData;
  /** Stored data with every derived value filled in: what screens and files show. */
  resolve(data: EntryData, ctx: DeriveContext): EntryData;
  /** The derived values as computed, ignoring values typed over them. */
  computed(data: EntryData, ctx: DeriveContext): EntryData;
}

/**
 * The literal types of a definition: its fields, paper, paper-value keys and timed reports.
 * Each bound names the checks of typed.ts, so a misspelt key fails where it is written.
 */
export function defineForm<const F extends Fields & CheckedFields<F>, const L extends PaperLayout & CheckedPaper<L, F, PaperTokens<F, V>>,
  V extends string = never, const R extends FormReports<KeyOf<F>> & CheckedReports<R, KeyOf<F> | V> = never,
>(spec: FormSpec<F, L, V, R>): FormDef<F, V> {
  const fieldByKey = new Map(spec.fields.map((f) => [f.key, f]));
  for (const s of spec.sections)
    for (const k of s.keys) if (!fieldByKey.has(k)) throw new Error(`${spec.id}: unknown key ${k}`);

  const stored = spec.fields.filter((f) => f.derived !== 'auto');
  // Unknown keys are stripped (zod's default for an object).
  const shape = Object.fromEntries(stored.map((f) => [f.key, z.optional(KINDS[f.kind].draft)]));
  // The one cast: the shape has DraftOf<F>'s keys and kinds, but Object.fromEntries is typed by `string`.
  const draftSchema = z.object(shape) as z.ZodMiniType<DraftOf<F>>;
  const empty: EntryData = Object.fromEntries(stored.map((f) => [f.key, KINDS[f.kind].empty]));

  const valueAt: FormDef['valueAt'] = (data, key) => {
    const field = fieldByKey.get(key);
    if (field) return { kind: field.kind, value: data[key] };
    const [fieldKey, index, col] = key.split('.');
    const rows = fieldKey ? fieldByKey.get(fieldKey) : undefined;
    const column = rows?.kind === 'rows' || rows?.kind === 'table' ? rows.columns.find((c) => c.key === col) : undefined;
    const items = fieldKey ? data[fieldKey] : undefined;
    if (!column || !Array.isArray(items)) return undefined;
    const item = items[Number(index)] as RowItem | undefined;
    return item && typeof item === 'object' ? { kind: column.kind, value: item[column.key] ?? null } : undefined;
  };
  const enabled = (f: Field, data: EntryData) => !f.enabledWhen || f.enabledWhen(data);
  // A writer fills every cell of one sheet from one values object: its paper texts are made once.
  const paperCache = new WeakMap<EntryData, Record<string, string>>();
  const paperOf = (data: EntryData): Record<string, string> => {
    let p = paperCache.get(data);
    if (!p) paperCache.set(data, (p = spec.paperValues?.(data) ?? {}));
    return p;
  };
  const text = (data: EntryData, key: string): string => {
    const field = fieldByKey.get(key);
    if (field && !enabled(field, data)) return '';
    if (!field) {
      const paper = paperOf(data);
      if (Object.prototype.hasOwnProperty.call(paper, key)) return paper[key]!;
      // A cell of a table prints its value; a `table` choice cell its option's label.
      const at = key.includes('.') ? valueAt(data, key) : undefined;
      if (!at || isEmpty(at.value)) return '';
      const col = fieldByKey.get(key.split('.')[0]!);
      const opt = col?.kind === 'table' ? col.columns.find((c) => c.key === key.split('.')[2])?.options : undefined;
      return opt?.find((o) => o.value === at.value)?.label ?? String(at.value);
    }
    const v = data[key];
    return isEmpty(v) ? field.blank ?? KINDS[field.kind].emptyText ?? '' : KINDS[field.kind].text(v as FieldValue, field);
  };
  const overridable = spec.fields.filter((f) => f.derived === 'overridable').map((f) => f.key);
  const withoutOverrides = (data: EntryData) =>
    ({ ...data, ...Object.fromEntries(overridable.map((k) => [k, null])) });

  return {
    ...spec,
    fieldByKey,
    registerTitle: spec.register?.title ?? `${spec.title}${spec.title.endsWith('表') ? '' : '表'}册`,
    registerKeys: spec.register?.keys ?? spec.fields.filter((f) => !f.readOnly).map((f) => f.key),
    draftSchema,
    check(data) {
      const issues: Issues = {};
      for (const f of stored) {
        if (!enabled(f, data)) continue;
        const v = data[f.key];
        // A fixed table is checked cell by cell, each issue by its path (items.3.state).
        if (f.kind === 'table') {
          Object.assign(issues, tableIssues(f, v, f.key));
          continue;
        }
        if (isEmpty(v)) {
          if (f.required) issues[f.key] = '必填';
          continue;
        }
        const msg = KINDS[f.kind].check(v as FieldValue, f);
        if (msg) issues[f.key] = msg;
      }
      // A field's own problem is the more precise one; a rule fills in where there is none.
      for (const [k, msg] of Object.entries(spec.rules?.(data) ?? {})) issues[k] ??= msg;
      return issues;
    },
    // Made once and copied: a 20,000-row import asks for one per row.
    emptyData: () => ({ ...empty }),
    text,
    valueAt,
    labelOf(key) {
      const f = fieldByKey.get(key) ?? fieldByKey.get(key.split('.')[0]!);
      if (f?.kind === 'table' && key.includes('.')) return tableLabel(f, key);
      return f?.label;
    },
    fill: (template, data) => fillTemplate(template, (k) => text(data, k)),
    subject: (data) => text(data, spec.subjectKey).trim(),
    resolve: (data, ctx) => (spec.derive ? { ...data, ...spec.derive(data, ctx) } : data),
    computed: (data, ctx) => (spec.derive ? spec.derive(withoutOverrides(data), ctx) : {}),
    migrate(data, fromVersion) {
      let d = data;
      for (let v = fromVersion; v < spec.version; v++) {
        const step = spec.migrations?.[v];
        if (!step) throw new Error(`${spec.id}: no migration from version ${v}`);
        d = step(d);
      }
      return d;
    },
  };
}
