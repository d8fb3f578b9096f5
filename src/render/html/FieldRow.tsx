import type { Field, FieldValue } from '../../forms/kit/field';
import { isEmpty } from '../../forms/kit/kinds';
import { GROUPED, SHOWS_COMPUTED, WIDGETS } from './widgets';

interface Props {
  field: Field;
  value: FieldValue | undefined;
  /** What is wrong, said beside the field (the editor decides when an empty required field is). */
  issue?: string;
  /** Said beside the field without marking it invalid (a date that makes no sense). */
  warning?: string;
  onChange(v: FieldValue): void;
  /** Focus has left the field (from then on an empty required field is said). */
  onLeave?(): void;
  /** For derived fields: the paper text of the value, and for overridable ones the computed value. */
  derivedText?: string;
  computed?: FieldValue;
  overridden?: boolean;
  /** The field's `enabledWhen` says no: greyed out, with its `disabledHint`. */
  disabled?: boolean;
}

/** The id of a field's control (or group), for labels and the editor's summary links. */
export const fieldId = (key: string) => `f-${key}`;

/** A field with its seed label, its widget and, beside it, what is wrong with it. */
export function FieldRow({ field, value, issue, warning, onChange, onLeave, derivedText, computed, overridden, disabled }: Props) {
  const id = fieldId(field.key);
  if (disabled && field.hiddenWhenDisabled) return null;
  if (field.derived === 'auto')
    return (
      <div class={`field derived${field.wide ? ' wide' : ''}`}>
        <label for={id}>{field.label}</label>
        {/* A wide computed text (1-2's 表名) wraps on a phone rather than being cut off. */}
        {field.wide && field.kind === 'text'
          ? <textarea id={id} readOnly rows={1} value={derivedText ?? ''} class="computed" />
          : <input id={id} readOnly value={derivedText ?? ''} class="computed" />}
      </div>
    );
  // Set by an action (出发报备), never typed: shown as text, the placeholder saying what is missing.
  if (field.readOnly)
    return (
      <div class={`field readonly${field.wide ? ' wide' : ''}`}>
        <label for={id}>{field.label}</label>
        <output id={id} class="readonly-value">{isEmpty(value) ? field.placeholder ?? '—' : String(value)}</output>
      </div>
    );
  const shown = issue && !disabled ? issue : undefined;
  const warn = warning && !disabled && !shown ? warning : undefined;
  const hint = disabled && field.disabledHint ? field.disabledHint : field.hint;
  const msgId = [shown ? `${id}-msg` : hint ? `${id}-hint` : '', warn ? `${id}-warn` : ''].filter(Boolean).join(' ') || undefined;
  const Widget = WIDGETS[field.kind];
  const widget = <Widget field={field} id={id} value={value} invalid={!!shown} describedBy={msgId} onChange={onChange}
    computed={computed} disabled={disabled} />;
  const label = field.label;
  return (
    <div class={`field${field.wide ? ' wide' : ''}${field.required ? ' required' : ''}${shown ? ' has-error' : ''}${disabled ? ' disabled' : ''}`}
      data-field={field.key} onFocusOut={onLeave && ((e) => {
        // Leaving the field, not moving between its own controls (a group of checkboxes).
        const to = e.relatedTarget as Node | null;
        if (!to || !e.currentTarget.contains(to)) onLeave();
      })}>
      {GROUPED[field.kind] ? (
        // A disabled fieldset disables every control inside, whatever the widget.
        <fieldset disabled={disabled}>
          <legend>{label}</legend>
          {widget}
        </fieldset>
      ) : (
        <>
          <label for={id}>{label}</label>
          {widget}
        </>
      )}
      {field.derived === 'overridable' && !SHOWS_COMPUTED[field.kind] && (
        <p class="msg hint">
          {overridden ? (
            // A long prefilled text (家访总结) is not repeated under the box.
            <>{field.kind === 'textarea' ? '手动填写' : `手动填写（自动统计为 ${String(computed ?? '—')}）`}
              <button type="button" class="link" onClick={() => onChange(null)}>恢复自动统计</button></>
          ) : field.derivedNote ?? '由家访记录自动统计，可手动修改'}
        </p>
      )}
      {shown ? (
        <p class="msg error" id={`${id}-msg`} role="alert">{shown}</p>
      ) : (
        hint && <p class="msg hint" id={`${id}-hint`}>{hint}</p>
      )}
      {warn && <p class="msg warn" id={`${id}-warn`} data-testid="field-warning">{warn}</p>}
    </div>
  );
}
