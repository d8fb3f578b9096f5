import type { Field, FieldValue } from '../../forms/kit/field';
import { isEmpty } from '../../forms/kit/kinds';
import { GROUPED, SHOWS_COMPUTED, WIDGETS } from './widgets';

interface Props {
  field: Field;
  value: FieldValue | undefined;
  issue?: string;
  onChange(v: FieldValue): void;
  /** For derived fields: the paper text of the value, and for overridable ones the computed value. */
  derivedText?: string;
  computed?: FieldValue;
  overridden?: boolean;
  /** The field's `enabledWhen` says no: greyed out, with its `disabledHint`. */
  disabled?: boolean;
}

/** A field with its seed label, its widget and, beside it, what is wrong with it. */
export function FieldRow({ field, value, issue, onChange, derivedText, computed, overridden, disabled }: Props) {
  const id = `f-${field.key}`;
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
  // "必填" is listed in the summary; beside the field we only speak of a wrong value.
  const shown = issue && !disabled && !(issue === '必填' && isEmpty(value)) ? issue : undefined;
  const hint = disabled && field.disabledHint ? field.disabledHint : field.hint;
  const msgId = shown ? `${id}-msg` : hint ? `${id}-hint` : undefined;
  const Widget = WIDGETS[field.kind];
  const widget = <Widget field={field} id={id} value={value} invalid={!!shown} describedBy={msgId} onChange={onChange}
    computed={computed} disabled={disabled} />;
  const label = field.label;
  return (
    <div class={`field${field.wide ? ' wide' : ''}${field.required ? ' required' : ''}${shown ? ' has-error' : ''}${disabled ? ' disabled' : ''}`}>
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
            <>手动填写（自动统计为 {String(computed ?? '—')}）
              <button type="button" class="link" onClick={() => onChange(null)}>恢复自动统计</button></>
          ) : field.derivedNote ?? '由家访记录自动统计，可手动修改'}
        </p>
      )}
      {shown ? (
        <p class="msg error" id={`${id}-msg`} role="alert">{shown}</p>
      ) : (
        hint && <p class="msg hint" id={`${id}-hint`}>{hint}</p>
      )}
    </div>
  );
}
