import type { FormDef } from '../../forms/kit/define';
import { evaluate } from '../../forms/kit/evaluate';
import type { EntryData, Field, FieldKind } from '../../forms/kit/field';
import { fieldId } from './FieldRow';
import { INPUTS, valueOfInput } from './widgets';

// The editor of a blank entry, in the page's HTML from the build: a teacher who opens the
// school's shared link on a slow phone sees the fields of her new record, and types into them,
// while the app's JS is still on its way. Its controls are uncontrolled (no value prop), so
// neither hydration nor a re-render touches what was typed; FormApp reads them (readShell)
// when the real editor takes the shell's place, and the new record takes them over the values
// it was made with. Only a new record has a shell: fields shown empty over stored values would
// invite a user to type over what she cannot see.

/** Kinds the shell draws as the editor does, one control each; other kinds wait for the editor. */
const typableKind = (kind: FieldKind) => kind in INPUTS || kind === 'textarea' || kind === 'choice' || kind === 'flag';

function control(field: Field, typable: boolean) {
  const common = { id: fieldId(field.key), name: field.key, placeholder: field.placeholder, autoComplete: 'off', disabled: !typable };
  if (field.kind === 'textarea') return <textarea rows={4} {...common} />;
  if (field.kind === 'flag') return <input type="checkbox" {...common} />;
  if (field.kind === 'choice')
    return (
      <select {...common}>
        <option value="">请选择</option>
        {'options' in field && field.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  return <input {...common} {...INPUTS[field.kind]} disabled={!typable} />;
}

/**
 * The blank entry's sections and fields, with the editor's classes, under the editor's back
 * link and bar. A field computed, set by an action or made of several controls is greyed out
 * until the editor is there. Shown only on a shared link's page (app.css, <html data-entry>).
 */
export function EditorShell({ form, listName }: { form: FormDef; listName: string }) {
  const ev = evaluate(form, {});
  return (
    <div class="entry-shell">
      <a href="./" class="back">← 返回{listName}</a>
      <div class="editor-bar"><span class="save">正在读取…</span></div>
      {/* method="dialog": Enter before the app is there submits nothing (no query of typed values). */}
      <form class="entry-form" data-shell={form.id} method="dialog" onSubmit={(e) => e.preventDefault()} noValidate>
        {form.sections.map((s, i) => (
          <section key={i} class="form-section">
            {s.title && <h2>{s.title}</h2>}
            <div class="grid">
              {s.keys.map((k) => {
                const st = ev.fields[k]!;
                const f = st.field;
                if (!st.enabled && f.hiddenWhenDisabled) return null;
                const typable = st.enabled && typableKind(f.kind) && f.derived !== 'auto' && !f.readOnly;
                return (
                  <div key={k} class={`field${f.wide ? ' wide' : ''}${f.required ? ' required' : ''}${typable ? '' : ' disabled'}`}>
                    <label for={fieldId(k)}>{f.label}</label>
                    {control(f, typable)}
                  </div>
                );
              })}
            </div>
          </section>
        ))}
      </form>
    </div>
  );
}

/** Where the caret was in the shell, to put it back in the editor's same field. */
export interface ShellCaret {
  key: string;
  start: number | null;
  end: number | null;
}

/** What the editor takes over from the shell: what was typed into it, and where the caret is. */
export interface ShellTaken {
  typed: EntryData;
  caret?: ShellCaret;
}

/** What was typed into the page's shell before the app could take it, and where the caret is. */
export function readShell(form: FormDef): ShellTaken {
  const typed: EntryData = {};
  const shell = document.querySelector<HTMLFormElement>(`form[data-shell="${form.id}"]`);
  if (!shell) return { typed };
  for (const f of form.fields) {
    const el = shell.elements.namedItem(f.key);
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || el.disabled) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked) typed[f.key] = true;
    } else if (el.value !== '') typed[f.key] = valueOfInput(f.kind, el.value);
  }
  const a = document.activeElement;
  if (!(a instanceof HTMLInputElement || a instanceof HTMLTextAreaElement || a instanceof HTMLSelectElement) || a.form !== shell) return { typed };
  const caret = a instanceof HTMLSelectElement ? null : a.selectionStart;
  return { typed, caret: { key: a.name, start: caret, end: caret === null ? null : (a as HTMLInputElement).selectionEnd } };
}

/** Puts the caret back where readShell found it, now in the editor's control of that field. */
export function restoreCaret(caret: ShellCaret | undefined) {
  if (!caret) return;
  const el = document.getElementById(fieldId(caret.key));
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) return;
  el.focus();
  if (caret.start !== null && !(el instanceof HTMLSelectElement)) el.setSelectionRange(caret.start, caret.end);
}
