// Drives a form the way the editor does (src/render/html/EntryEditor.tsx), without a browser:
// a new entry starts from the form's empty data and its settings presets, each answer goes
// through the storage boundary (the draft schema), and every question is put to the same
// evaluate(form, data, ctx) the editor, storage and the exporters ask. A test then reads
// like a person filling the form:
//
//   const s = scenario(visitRecord, CAMPAIGN).answer({ student: '张三', date: '2019-03-01' });
//   expect(s.warnings('date')).toEqual([...]);  expect(s.status).toBe('draft');
import { presetData, type DefaultSettings } from '../../src/forms/kit/defaults';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../../src/forms/kit/define';
import { evaluate, type Evaluation, type Issue } from '../../src/forms/kit/evaluate';
import type { EntryData, Field, FieldValue, RowColumn, RowItem } from '../../src/forms/kit/field';

export interface ScenarioContext extends Partial<DeriveContext> {
  /** The settings a new entry's presets come from (unit, teacher …); none by default. */
  presets?: DefaultSettings;
}

export interface Scenario {
  readonly form: FormDef;
  /** The data as stored: what storage would write now. */
  readonly data: EntryData;
  /** evaluate() of the current data: what the editor shows. */
  readonly evaluation: Evaluation;
  readonly status: Evaluation['status'];
  /**
   * Types answers as a person would: only fields the editor shows enabled and lets her type
   * (not computed-only, not stamped by a button), and only values the storage boundary keeps.
   */
  answer(key: string, value: FieldValue): Scenario;
  answer(values: EntryData): Scenario;
  /** Empties a field, as deleting its text or unticking it does. */
  clear(key: string): Scenario;
  /** Opens stored data as it is (an entry read back from storage, an import, a file). */
  load(data: EntryData): Scenario;
  /** The resolved value and the text printed on paper. */
  value(key: string): FieldValue | undefined;
  text(key: string): string;
  enabled(key: string): boolean;
  /** Every issue beside a field; '' for those about the entry as a whole. */
  issues(key: string): Issue[];
  /** Messages of the blocking issues beside a field (required, format, rule). */
  errors(key: string): string[];
  /** Messages of the issues said but never blocking (problems, warnings) beside a field, or on the form with ''. */
  warnings(key: string): string[];
  /** The labels the editor's summary lists under 尚未填写 (required and empty). */
  missing(): string[];
  /** The texts the editor shows as 尚不能完成：… (the form's rules). */
  blockedBy(): string[];
}

export function scenario(form: FormDef, ctx: ScenarioContext = {}, today = '2021-10-25'): Scenario {
  const { presets, ...rest } = ctx;
  const derive: DeriveContext = { ...NO_SOURCES, ...rest };
  // A new entry, as FormApp makes one: empty data, then the presets from settings.
  let data: EntryData = form.draftSchema.parse({ ...form.emptyData(), ...presetData(form, presets ?? {}, today) });
  const field = (key: string): Field => {
    const f = form.fieldByKey.get(key);
    if (!f) throw new Error(`${form.id} has no field ${key}`);
    return f;
  };
  // Data is replaced, never changed in place: one evaluation per state of the entry.
  let cached: { data: EntryData; ev: Evaluation } | undefined;
  const ev = () => (cached?.data === data ? cached : (cached = { data, ev: evaluate(form, data, derive) })).ev;

  const typeInto = (key: string, value: FieldValue) => {
    const f = field(key);
    if (f.derived === 'auto') throw new Error(`${form.id}.${key} is computed: nobody can type into it`);
    if (f.readOnly) throw new Error(`${form.id}.${key} is set by the form's buttons, not typed`);
    if (!ev().fields[key]!.enabled) throw new Error(`${form.id}.${key} is disabled: ${f.disabledHint ?? 'greyed out'}`);
    // The storage boundary: a value of the wrong shape would be refused on save.
    data = form.draftSchema.parse({ ...data, [key]: value });
  };

  const s: Scenario = {
    form,
    get data() { return data; },
    get evaluation() { return ev(); },
    get status() { return ev().status; },
    answer(keyOrValues: string | EntryData, value?: FieldValue) {
      if (typeof keyOrValues === 'string') typeInto(keyOrValues, value ?? null);
      else for (const [k, v] of Object.entries(keyOrValues)) typeInto(k, v ?? null);
      return s;
    },
    clear(key) {
      const f = field(key);
      data = { ...data, [key]: f.kind === 'flag' ? false : f.kind === 'multi' || f.kind === 'rows' || f.kind === 'table' ? [] : f.kind === 'int' || f.kind === 'percent' ? null : '' };
      return s;
    },
    load(stored) {
      data = form.draftSchema.parse({ ...form.emptyData(), ...stored });
      return s;
    },
    value: (key) => ev().fields[field(key).key]!.value,
    text: (key) => ev().fields[field(key).key]!.text,
    enabled: (key) => ev().fields[field(key).key]!.enabled,
    issues: (key) => (key === '' ? ev().formIssues : ev().fields[field(key).key]!.issues),
    errors: (key) => s.issues(key).filter((i) => i.blocking).map((i) => i.message),
    warnings: (key) => s.issues(key).filter((i) => !i.blocking).map((i) => i.message),
    missing() {
      const e = ev();
      return form.sections.flatMap((sec) => sec.keys).map((k) => e.fields[k]!)
        .filter((st) => st.enabled && st.field.derived !== 'auto')
        // A table names each empty cell (Ⅰ类① 情况), a field itself.
        .flatMap((st) => [...new Set(st.issues.filter((i) => i.source === 'required').map((i) => (i.at ? form.labelOf(i.at)! : st.field.label)))]);
    },
    blockedBy() {
      const rules = Object.values(ev().fields).flatMap((st) => st.issues.filter((i) => i.source === 'rule'));
      return [...new Set(rules.map((i) => i.message))];
    },
  };
  return s;
}

// --- every field filled: for round trips and fixtures ---------------------------------------

function columnValue(c: RowColumn, row: number, variant: number): string | number {
  switch (c.kind) {
    case 'int': return 3 + row + 10 * variant + c.key.length;
    case 'phone': return `1391234${String(5670 + row + variant * 10)}`;
    case 'date': return `2021-10-${String(11 + row + variant).padStart(2, '0')}`;
    default: return `${c.label}${row + 1}`;
  }
}

/** A value of the field's kind; the field's index `i` and `variant` make values differ. */
export function sampleValue(f: Field, i: number, variant: number, idNumber: string): FieldValue {
  switch (f.kind) {
    case 'text': return `${f.label.replace(/[（(].*$/, '').slice(0, 8)}${variant + 1}`;
    // Free text carries what a file format must not mangle: lines, markup, a rare hanzi.
    case 'textarea': return `${f.label}第${variant + 1}份：第一行\n第二行 <b>&amp;</b> "引号" '单引号' 㛃`;
    case 'phone': return variant ? '0913-7212345' : `1391234${String(5600 + i).padStart(4, '0')}`;
    case 'date': return `2021-10-${String(10 + ((i + variant) % 15)).padStart(2, '0')}`;
    case 'idcard': return idNumber;
    case 'int': return 1 + ((i * 7 + variant * 3) % 40);
    case 'percent': return 12.5 + variant;
    // The first variant has every flag set; the second alternates, so false travels too.
    case 'flag': return variant === 0 || i % 2 === 0;
    case 'choice': return f.options[(i + variant) % f.options.length]!.value;
    case 'multi': return f.options.filter((_, k) => k % 3 === variant % 3).slice(0, 3).map((o) => o.value);
    case 'rows':
      return [0, 1].map((r): RowItem => Object.fromEntries(f.columns.map((c) => [c.key, columnValue(c, r, variant)])));
    // Every declared row, every cell: a choice cycles through its options, a number stays above its minimum.
    case 'table':
      return f.rows.map((_, r): RowItem => Object.fromEntries(f.columns.map((c) => [c.key,
        c.kind === 'choice' ? c.options![(r + variant) % c.options!.length]!.value
        : c.kind === 'int' ? (c.min ?? 0) + ((r * 3 + variant) % 20)
        : `${c.label}${r + 1}-${variant + 1}`])));
  }
}

/** Stored data with every field but the computed-only ('auto') ones filled, by kind. */
export function everyFieldFilled(form: FormDef, variant = 0, idNumber = '610526200903150028'): EntryData {
  const data: EntryData = {};
  form.fields.forEach((f, i) => {
    if (f.derived !== 'auto') data[f.key] = sampleValue(f, i, variant, idNumber);
  });
  return data;
}
