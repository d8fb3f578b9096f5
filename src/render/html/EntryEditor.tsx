import type { FormDef } from '../../forms/kit/define';
import type { FieldValue } from '../../forms/kit/field';
import { isEmpty } from '../../forms/kit/kinds';
import type { Entry } from '../../storage/entry';
import { deriveContext } from '../../storage/context';
import { Reports } from './Reports';
import { useLive } from './hooks';
import { useAutosave } from './autosave';
import { FieldRow } from './FieldRow';
import { FillFrom } from './FillFrom';
import { SaveBar } from './SaveBar';

export function EntryEditor({ form, initial, actions }: {
  form: FormDef;
  initial: Entry;
  actions?: (entry: Entry, flush: () => Promise<unknown>) => preact.ComponentChildren;
}) {
  const { entry, state, update, flush, resolve } = useAutosave(initial);
  const ctx = useLive(() => deriveContext(form), [form.id]) ?? { sources: {} };
  const values = form.resolve(entry.data, ctx);
  const computed = form.computed(entry.data, ctx);
  const warnings = form.warnings?.(values) ?? [];
  // Checked on the resolved values: a report is complete when its computed numbers are there.
  const issues = form.check(values);
  // Cross-field problems (an ID number against the birth date) sit beside their field too.
  const problems = form.fieldProblems?.(entry.data, ctx) ?? {};
  const missing = form.fields.filter((f) => issues[f.key] === '必填');
  // The form's own rules (附件4: the police stamp) keep it a draft: say why, once each.
  const rules = Object.entries(form.rules?.(values) ?? {}).filter(([k, m]) => issues[k] === m);
  const blocked = [...new Set(rules.map(([, m]) => m))];
  const wrong = Object.entries(issues).filter(([k, m]) => m !== '必填' && !rules.some(([rk]) => rk === k)).length;

  const set = (key: string, v: FieldValue) => update({ ...entry.data, [key]: v });

  return (
    <div class="editor">
      <SaveBar status={Object.keys(issues).length ? 'draft' : 'complete'} state={state} form={form} mine={entry.data} resolve={resolve} />
      {warnings.map((w) => <p key={w} class="banner warn" role="alert">{w}</p>)}
      {blocked.map((m) => <p key={m} class="banner warn" role="alert" data-testid="rule">尚不能完成：{m}</p>)}
      {(missing.length > 0 || wrong > 0) && (
        <p class="summary">
          {missing.length > 0 && <>尚未填写：{missing.map((f) => f.label).join('、')}。</>}
          {wrong > 0 && <>有 {wrong} 处格式需要更正。</>}
          已作为草稿保存。
        </p>
      )}
      <form class="entry-form" onSubmit={(e) => { e.preventDefault(); void flush(); }} noValidate>
        {form.sections.map((s, i) => (
          <section key={i} class="form-section">
            {s.title && <h2>{s.title}</h2>}
            {form.fillFrom && s.keys.includes(form.subjectKey) && <FillFrom form={form} data={entry.data} onFill={update} />}
            <div class="grid">
              {s.keys.map((k) => {
                const field = form.fieldByKey.get(k)!;
                return (
                  <FieldRow key={k} field={field} value={values[k]} issue={issues[k] ?? problems[k]} onChange={(v) => set(k, v)}
                    disabled={field.enabledWhen ? !field.enabledWhen(entry.data) : undefined}
                    derivedText={field.derived ? form.text(values, k) : undefined}
                    computed={computed[k]} overridden={field.derived === 'overridable' && !isEmpty(entry.data[k])} />
                );
              })}
            </div>
            {s.reports && form.reports && <Reports form={form} values={values} onStamp={(key, at) => update({ ...entry.data, [key]: at })} />}
          </section>
        ))}
      </form>
      {actions && <div class="actions">{actions(entry, flush)}</div>}
    </div>
  );
}
