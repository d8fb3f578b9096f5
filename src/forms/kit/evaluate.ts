// evaluate(): an entry's resolved values, its issues and its status, asked by every part of the app.
import { NO_SOURCES, type DeriveContext, type FormDef } from './define';
import type { EntryData, Field, FieldValue } from './field';
import { isEmpty } from './kinds';
import { campaignDateWarning } from './validators';

// The one answer to "what does this entry say, what is wrong with it, what is its status".
// The editor, storage (the status it stores), the lists, the home page, 附件2-2's links and
// every exporter ask evaluate(); none works any of it out itself, so a status shown anywhere
// is the status stored. Contract:
// - values: stored data with every derived value filled in (form.resolve), what is shown
//   and printed;
// - every problem is an Issue in one channel, beside its field (fields[key].issues) or, when
//   it concerns no one field (a form's warnings), on the form (formIssues);
// - blocking issues (an empty required field, a wrong value, a rule of the form) keep the
//   entry a 草稿; the others (cross-field problems, warnings, dates that make no sense) are
//   said and never change the status;
// - requirements and rules are checked on the resolved values: a report whose numbers are
//   computed is complete without anything typed.

export type EntryStatus = 'draft' | 'complete';

export interface Issue {
  message: string;
  /** A blocking issue keeps the entry a draft; the others are only said. */
  blocking: boolean;
  /**
   * required: an empty required field; format: a value of the wrong form; rule: a condition
   * of the form involving several fields; problem: a cross-field inconsistency that never
   * blocks; warning: said to check, never blocking.
   */
  source: 'required' | 'format' | 'rule' | 'problem' | 'warning';
  /** A cell of a table field (`items.3.state`): the issue is the field's, said beside that row. */
  at?: string;
}

export interface FieldState {
  field: Field;
  /** The resolved value: what the editor shows and the paper prints. */
  value: FieldValue | undefined;
  /** The value as printed on paper ('' for a disabled field). */
  text: string;
  enabled: boolean;
  /** Filled by the form's derive ('auto' or 'overridable'). */
  derived: boolean;
  /** For a derived field: its value as computed, ignoring any value typed over it. */
  computed: FieldValue | undefined;
  /** An overridable field whose computed value was typed over. */
  overridden: boolean;
  issues: Issue[];
}

export interface Evaluation {
  values: EntryData;
  fields: Record<string, FieldState>;
  /** Issues about the entry as a whole (a form's warnings), or about no field of the form. */
  formIssues: Issue[];
  status: EntryStatus;
  /** The form's one line for the home page, from the resolved values (reports only). */
  progress?: string;
}

/** The message said beside an empty required field. */
export const REQUIRED_MESSAGE = '此项为必填项';

export function evaluate(form: FormDef, data: EntryData, ctx: DeriveContext = NO_SOURCES): Evaluation {
  const values = form.resolve(data, ctx);
  const computed = form.derive ? form.computed(data, ctx) : {};
  const fields: Record<string, FieldState> = {};
  const formIssues: Issue[] = [];
  const add = (key: string, issue: Issue) => {
    // A path (items.3.state) belongs to its table field, and says which cell.
    const head = key.split('.')[0]!;
    const at = key !== head && fields[head] ? key : undefined;
    const f = fields[key] ?? (at ? fields[head] : undefined);
    const it = at ? { ...issue, at } : issue;
    if (!f) formIssues.push(it);
    else if (!f.issues.some((i) => i.message === it.message && i.at === it.at)) f.issues.push(it);
  };

  for (const field of form.fields) {
    const enabled = !field.enabledWhen || field.enabledWhen(values);
    fields[field.key] = {
      field,
      value: values[field.key],
      text: form.text(values, field.key),
      enabled,
      derived: !!field.derived,
      computed: field.derived ? computed[field.key] : undefined,
      overridden: field.derived === 'overridable' && !isEmpty(data[field.key]),
      issues: [],
    };
  }

  // Blocking: what FormDef.check finds on the resolved values, told apart by where it comes from.
  const checked = form.check(values);
  const rules = form.rules?.(values) ?? {};
  for (const [key, message] of Object.entries(checked)) {
    if (message === '必填' && !(key in rules && rules[key] === message))
      add(key, { message: REQUIRED_MESSAGE, blocking: true, source: 'required' });
    else if (rules[key] === message) add(key, { message, blocking: true, source: 'rule' });
    else add(key, { message, blocking: true, source: 'format' });
  }
  // A rule hidden by the field's own problem still blocks; it is said too.
  for (const [key, message] of Object.entries(rules)) add(key, { message, blocking: true, source: 'rule' });

  for (const [key, message] of Object.entries(form.fieldProblems?.(data, ctx) ?? {}))
    add(key, { message, blocking: false, source: 'problem' });

  for (const field of form.fields) {
    if (field.kind !== 'date' || !field.inCampaign) continue;
    const v = values[field.key];
    const msg = typeof v === 'string' ? campaignDateWarning(v, { year: ctx.settings?.year, today: ctx.today }) : null;
    if (msg) add(field.key, { message: msg, blocking: false, source: 'warning' });
  }

  // Timed reports go in order: a later one stamped without the one before is said.
  const steps = form.reports?.steps ?? [];
  steps.forEach((s, i) => {
    if (i > 0 && !isEmpty(values[s.key]) && isEmpty(values[steps[i - 1].key]))
      add(s.key, { message: `尚未${steps[i - 1].label}，请先${steps[i - 1].label}`, blocking: false, source: 'warning' });
  });

  for (const message of form.warnings?.(values) ?? []) formIssues.push({ message, blocking: false, source: 'warning' });

  return {
    values,
    fields,
    formIssues,
    status: statusOfChecked(checked),
    progress: form.progress?.(values),
  };
}

/** Whether a form's status depends on other forms' entries and settings (a computed report). */
export const needsContext = (form: FormDef): boolean => !!form.sources?.length;

// Every blocking issue comes from form.check on the resolved values (rules included), so
// the status is whether that found anything.
const statusOfChecked = (checked: Record<string, string>): EntryStatus =>
  Object.keys(checked).length === 0 ? 'complete' : 'draft';

/**
 * evaluate(form, data, ctx).status without the rest (texts, problems, warnings): storage
 * asks it for every row it reads, 20,000 of a roster among them.
 */
export const statusOfData = (form: FormDef, data: EntryData, ctx: DeriveContext = NO_SOURCES): EntryStatus =>
  statusOfChecked(form.check(form.resolve(data, ctx)));
