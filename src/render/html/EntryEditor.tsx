import { useLayoutEffect, useState } from 'preact/hooks';
import { NO_SOURCES, type FormDef } from '../../forms/kit/define';
import { evaluate } from '../../forms/kit/evaluate';
import type { FieldValue } from '../../forms/kit/field';
import type { Entry } from '../../storage/entry';
import { entryExists } from '../../storage/entries';
import { deriveContext, type SourceContext } from '../../storage/context';
import { restoreCaret, type ShellTaken } from './EditorShell';
import { Reports } from './Reports';
import { useLive } from './hooks';
import { useAutosave } from './autosave';
import { FieldRow, fieldId } from './FieldRow';
import { FillFrom } from './FillFrom';
import { SaveBar } from './SaveBar';
import { shownIssues, useLeftFields } from './field-issues';

/** Moves the eye and the keyboard to a field named in the summary. */
function focusField(e: MouseEvent, key: string) {
  e.preventDefault();
  const box = document.getElementById(fieldId(key));
  // A group (checkboxes, a table) is focused at its first control.
  const el = box?.matches('input, select, textarea') ? box : box?.querySelector<HTMLElement>('input, select, textarea, button') ?? box;
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

export function EntryEditor({ form, initial, actions, context, shell }: {
  form: FormDef;
  initial: Entry;
  actions?: (entry: Entry, flush: () => Promise<unknown>) => preact.ComponentChildren;
  /** The sources already read: the fields are shown in the first render. */
  context?: SourceContext;
  /** What was typed into the page's shell before the editor was there (EditorShell). */
  shell?: ShellTaken;
}) {
  const { entry, state, update, flush, resolve } = useAutosave(initial, shell?.typed);
  // The one derive context (storage/context.ts): storage evaluates with the same, so the
  // status shown here is the status stored.
  const live = useLive(() => deriveContext(form), [form.id], context);
  useLayoutEffect(() => restoreCaret(shell?.caret), []);
  const ctx = live ?? NO_SOURCES;
  const stored = useLive(() => entryExists(entry.id), [entry.id]);
  const ev = evaluate(form, entry.data, ctx);
  const values = ev.values;
  // Empty required fields are said beside the field once the user has left it, or has
  // tried to finish: not before, when every field of a new entry would be red.
  const { left, leave } = useLeftFields();
  const [finishing, setFinishing] = useState(false);

  const shownKeys = form.sections.flatMap((s) => s.keys);
  const states = shownKeys.map((k) => ev.fields[k]!).filter((s) => s.enabled && s.field.derived !== 'auto');
  const missing = states.filter((s) => s.issues.some((i) => i.source === 'required'));
  const wrong = states.filter((s) => s.issues.some((i) => i.source === 'format'));
  // The form's own rules (附件4: the police stamp) keep it a draft: say why, once each.
  const blocked = [...new Set(Object.values(ev.fields).flatMap((s) => s.issues.filter((i) => i.source === 'rule').map((i) => i.message)))];
  const formWarnings = ev.formIssues.filter((i) => !i.blocking).map((i) => i.message);

  const set = (key: string, v: FieldValue) => update({ ...entry.data, [key]: v });
  const finish = async () => {
    setFinishing(true);
    await flush();
    const firstMissing = missing[0] ?? wrong[0];
    if (firstMissing) document.getElementById('entry-summary')?.focus();
  };

  // No field is shown before its sources are read: a computed value that appears later
  // would land under the caret of a user already typing there ("3" + "5" → "35").
  if (!live) return <p class="muted">正在读取…</p>;

  return (
    <div class="editor">
      <SaveBar status={ev.status} state={state} form={form} mine={entry.data} resolve={resolve} />
      {formWarnings.map((w) => <p key={w} class="banner warn" role="alert">{w}</p>)}
      {blocked.map((m) => <p key={m} class="banner warn" role="alert" data-testid="rule">尚不能完成：{m}</p>)}
      {(missing.length > 0 || wrong.length > 0) && (
        <p class="summary" id="entry-summary" tabIndex={-1} data-testid="summary">
          {missing.length > 0 && <>尚未填写：{missing.map((s, i) => (
            <span key={s.field.key}>{i > 0 && '、'}<a href={`#${fieldId(s.field.key)}`} onClick={(e) => focusField(e, s.field.key)}>{s.field.label}</a></span>
          ))}。</>}
          {wrong.length > 0 && <>有 {wrong.length} 处格式需要更正：{wrong.map((s, i) => (
            <span key={s.field.key}>{i > 0 && '、'}<a href={`#${fieldId(s.field.key)}`} onClick={(e) => focusField(e, s.field.key)}>{s.field.label}</a></span>
          ))}。</>}
          {/* Only what was written is said to be kept: a new entry is stored once typed into. */}
          {stored && '已作为草稿保存。'}
        </p>
      )}
      <form class="entry-form" onSubmit={(e) => { e.preventDefault(); void finish(); }} noValidate>
        {form.sections.map((s, i) => (
          <section key={i} class="form-section">
            {s.title && <h2>{s.title}</h2>}
            {form.fillFrom && s.keys.includes(form.subjectKey) && <FillFrom form={form} data={entry.data} onFill={update} />}
            <div class="grid">
              {s.keys.map((k) => {
                const st = ev.fields[k]!;
                const { issue, warning } = shownIssues(st, finishing || left.has(k));
                return (
                  <FieldRow key={k} field={st.field} value={st.value} issue={issue} onChange={(v) => set(k, v)}
                    warning={warning} onLeave={() => leave(k)}
                    disabled={st.field.enabledWhen ? !st.enabled : undefined}
                    derivedText={st.derived ? st.text : undefined}
                    computed={st.computed} overridden={st.overridden} />
                );
              })}
            </div>
            {s.reports && form.reports && <Reports form={form} values={values} onStamp={(key, at) => update({ ...entry.data, [key]: at })} />}
          </section>
        ))}
        <div class="actions">
          <button type="submit" data-testid="finish">检查并完成</button>
          {finishing && ev.status === 'complete' && <span class="muted" role="status">已填写完整，状态为“完成”。</span>}
        </div>
      </form>
      {actions && <div class="actions">{actions(entry, flush)}</div>}
    </div>
  );
}
