import type { JSX } from 'preact';
import type { Field, FieldKind, FieldValue } from '../../forms/kit/field';
import { inputTextOf } from '../../forms/kit/text-of';
import { RowsWidget } from './RowsWidget';
import { TableWidget } from './TableWidget';

export interface WidgetProps {
  field: Field;
  id: string;
  value: FieldValue | undefined;
  invalid: boolean;
  describedBy?: string;
  onChange(v: FieldValue): void;
  /** For derived fields: the value as computed from the sources (null: no source data). */
  computed?: FieldValue;
  /** The field does not take part in the entry now (see Field.enabledWhen). */
  disabled?: boolean;
}

type Widget = (p: WidgetProps) => JSX.Element;

/** A control's text as the value its field stores: the one reading of a typed input. */
export function valueOfInput(kind: FieldKind, raw: string): FieldValue {
  if (kind === 'int') return raw === '' ? null : Math.trunc(Number(raw));
  return raw;
}

const aria = (p: WidgetProps) => ({
  id: p.id,
  name: p.field.key,
  'aria-invalid': p.invalid || undefined,
  'aria-describedby': p.describedBy,
  placeholder: p.field.placeholder,
  readOnly: p.field.readOnly,
  disabled: p.disabled,
});

/**
 * The kinds drawn as one <input>, with its attributes: the editor's widgets below and the
 * page's build-time editor (EditorShell) both draw them from here.
 */
export const INPUTS: Partial<Record<FieldKind, JSX.InputHTMLAttributes<HTMLInputElement>>> = {
  text: { type: 'text' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  date: { type: 'date' },
  idcard: { type: 'text', inputMode: 'text' },
  int: { type: 'number', inputMode: 'numeric', min: 0, step: 1 },
};

function input(kind: FieldKind): Widget {
  return (p) => (
    <input autoComplete="off" {...INPUTS[kind]} {...aria(p)}
      value={inputTextOf(p.value)} onInput={(e) => p.onChange(valueOfInput(kind, e.currentTarget.value))} />
  );
}

/** One widget per field kind; a form never needs a new widget to add a field. */
export const WIDGETS: Record<FieldKind, Widget> = {
  text: input('text'),
  phone: input('phone'),
  date: input('date'),
  textarea: (p) => (
    <textarea rows={4} {...aria(p)} value={inputTextOf(p.value)} onInput={(e) => p.onChange(e.currentTarget.value)} />
  ),
  int: input('int'),
  choice: (p) => (
    <select {...aria(p)} value={inputTextOf(p.value)} onChange={(e) => p.onChange(e.currentTarget.value)}>
      <option value="">请选择</option>
      {'options' in p.field && p.field.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  ),
  flag: (p) => (
    <input type="checkbox" {...aria(p)} checked={p.value === true} onChange={(e) => p.onChange(e.currentTarget.checked)} />
  ),
  percent: (p) => <input {...aria(p)} readOnly value={inputTextOf(p.value)} />,
  idcard: input('idcard'),
  multi: (p) => {
    const picked = (Array.isArray(p.value) ? p.value : []) as string[];
    const toggle = (v: string, on: boolean) =>
      p.onChange(on ? [...picked, v] : picked.filter((x) => x !== v));
    return (
      <div class="checks" id={p.id}>
        {'options' in p.field && p.field.options.map((o) => (
          <label key={o.value} class="check">
            <input type="checkbox" checked={picked.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
            {o.label}
          </label>
        ))}
      </div>
    );
  },
  rows: RowsWidget,
  table: TableWidget,
};

/** Kinds whose widget is a group of controls, labelled by a legend rather than a label. */
export const GROUPED: Partial<Record<FieldKind, true>> = { multi: true, rows: true, table: true };

/** Kinds whose widget shows what is computed itself (no "恢复自动统计" line under it). */
export const SHOWS_COMPUTED: Partial<Record<FieldKind, true>> = { rows: true };
