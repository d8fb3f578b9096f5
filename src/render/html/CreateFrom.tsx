import { useState } from 'preact/hooks';
import type { FormDef } from '../../forms/kit/define';
import { formById } from '../../forms/registry';
import { listEntries } from '../../storage/entries';
import { useLive } from './hooks';
import { SourceRow, sourceMatches } from './SourceRow';

const SHOWN = 20;

/**
 * “新建 from another form's entry” (附件4 from a roster child): a search over the source
 * entries by their list columns; each hit links to `?from=<id>`, which opens the entry
 * already made from that source or makes one (FormApp). Before any search, the entries
 * the form `offer`s that have no entry yet are listed. ID numbers are masked (SourceRow).
 */
export function CreateFrom({ form }: { form: FormDef }) {
  const spec = form.createFrom!;
  const source = formById(spec.formId);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const entries = useLive(() => (open ? listEntries(spec.formId) : Promise.resolve(null)), [spec.formId, open]);
  const made = useLive(() => listEntries(form.id), [form.id]) ?? [];
  if (!source) return null;
  const linked = new Set(made.map((e) => String(e.data[spec.linkKey] ?? '')));
  const needle = q.trim();
  const hits = !entries ? [] : needle
    ? entries.filter((e) => sourceMatches(source, e, needle))
    : entries.filter((e) => !linked.has(e.id) && (spec.offer?.(e.data) ?? false));

  return (
    <details class="create-from" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{spec.label}</summary>
      <input type="search" aria-label={`${spec.label}：搜索`} placeholder="输入姓名或身份证号码" value={q}
        onInput={(e) => setQ(e.currentTarget.value)} />
      {!entries ? <p class="muted">正在读取…</p> : (
        <>
          {!needle && <p class="muted">{hits.length ? '需要填写本表、尚未填写的：' : '没有尚未填写本表的儿童；可输入姓名搜索。'}</p>}
          <ul class="rows">
            {hits.slice(0, SHOWN).map((e) => (
              <SourceRow key={e.id} source={source} entry={e} href={`?from=${e.id}`}>
                {linked.has(e.id) && <span class="badge">已填写</span>}
              </SourceRow>
            ))}
          </ul>
          {hits.length > SHOWN && <p class="muted">共 {hits.length} 人，仅显示前 {SHOWN} 人：请输入姓名缩小范围。</p>}
          {needle && !hits.length && <p class="muted">没有找到。</p>}
        </>
      )}
    </details>
  );
}
