import { useState } from 'preact/hooks';
import type { FormDef } from '../../forms/kit/define';
import type { Entry, EntryStatus } from '../../storage/entry';
import { readEntries } from '../../storage/entries';
import { useLive } from './hooks';
import { idKeys, MaskedId } from './MaskedId';
import { StatusBadge } from './StatusBadge';
import { useUndoDelete } from './undo-delete';
import { UnreadableNote } from './UnreadableNote';

const normalize = (s: string) => s.replace(/\s/g, '').toLowerCase();

/** Reported as started but not yet as ended (a visit under way). */
const pending = (form: FormDef, e: Entry) => {
  const steps = form.reports?.steps;
  return !!steps && !!e.data[steps[0].key] && !e.data[steps[steps.length - 1].key];
};

/** Entries of one form, newest first, with search, a status filter and delete/undo. */
export function EntryList({ form, href, tools }: {
  form: FormDef;
  href: (id: string) => string;
  tools?: (shown: Entry[]) => preact.ComponentChildren;
}) {
  const read = useLive(() => readEntries(form.id), [form.id]);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'' | EntryStatus>('');
  const { remove, banner } = useUndoDelete();


  if (!read) return <p class="muted">正在读取…</p>;
  // ID numbers (附件4) are masked in the row, whole after a tap; the search still finds them.
  const ids = idKeys(form);
  const { entries } = read;
  const needle = normalize(q);
  const shown = entries.filter(
    (e) =>
      (!status || e.status === status) &&
      (!needle || form.listKeys.some((k) => normalize(form.text(e.data, k)).includes(needle))),
  );


  return (
    <div class="entry-list">
      <div class="filters">
        <input type="search" aria-label="搜索" placeholder="按学生或教师姓名搜索" value={q}
          onInput={(e) => setQ(e.currentTarget.value)} />
        <select aria-label="状态" value={status} onChange={(e) => setStatus(e.currentTarget.value as EntryStatus | '')}>
          <option value="">全部</option>
          <option value="draft">草稿</option>
          <option value="complete">完成</option>
        </select>
      </div>
      {tools?.(shown)}
      {banner}
      <p class="muted count">共 {entries.length} 条{shown.length !== entries.length && `，显示 ${shown.length} 条`}
        <UnreadableNote count={read.unreadable.length} /></p>
      <ul class="rows">
        {shown.map((e) => (
          <li key={e.id} class={`row${ids.length ? ' has-id' : ''}`} data-testid="entry-row">
            <a href={href(e.id)} class="row-main">
              <strong>{form.subject(e.data) || '（未填写）'}</strong>
              <span class="muted">
                {form.listKeys.filter((k) => k !== form.subjectKey && !ids.includes(k)).map((k) => form.text(e.data, k)).filter(Boolean).join(' · ')}
              </span>
            </a>
            {ids.map((k) => <MaskedId key={k} id={form.text(e.data, k)} name={form.subject(e.data)} />)}
            {pending(form, e) && <span class="badge pending">{form.reports!.pendingLabel}</span>}
            <StatusBadge status={e.status} />
            <button type="button" class="link danger" onClick={() => remove(e.id, form.subject(e.data))}
              aria-label={`删除 ${form.subject(e.data)}`}>删除</button>
          </li>
        ))}
      </ul>
      {entries.length === 0 && <p class="empty">还没有记录。</p>}
    </div>
  );
}
