import { useEffect, useState } from 'preact/hooks';
import type { FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { formById } from '../../forms/registry';
import { applyFill } from '../../forms/kit/fill';
import { hasEntries, listEntries } from '../../storage/entries';
import type { Entry } from '../../storage/entry';
import { SourceRow, sourceMatches } from './SourceRow';

const SHOWN = 20;

/**
 * 从花名册选择学生 in an editor (the form's `fillFrom`): shown only when the source form has
 * entries. A search by name (ID numbers masked); picking fills the fields the source knows,
 * keeps what the user typed (said so), and stores the source's id. The source list is read
 * once, when opened: a 20,000-child roster is not re-read on every autosave.
 */
export function FillFrom({ form, data, onFill }: { form: FormDef; data: EntryData; onFill(d: EntryData): void }) {
  const spec = form.fillFrom!;
  const source = formById(spec.formId);
  const [present, setPresent] = useState(false);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [msg, setMsg] = useState('');
  useEffect(() => void hasEntries(spec.formId).then(setPresent, () => setPresent(false)), [spec.formId]);
  useEffect(() => {
    if (open && !entries) void listEntries(spec.formId).then(setEntries);
  }, [open]);
  if (!source || !present) return null;

  const linked = entries?.find((e) => e.id === data[spec.linkKey]);
  const needle = q.trim();
  const hits = !entries ? [] : needle ? entries.filter((e) => sourceMatches(source, e, needle)) : entries;
  const pick = (e: Entry) => {
    const before = linked ? spec.fill(linked.data) : undefined;
    const { data: next, kept } = applyFill(data, spec.fill(e.data), before);
    onFill({ ...next, [spec.linkKey]: e.id });
    const labels = kept.map((k) => form.fieldByKey.get(k)?.label ?? k);
    setMsg(`已填入花名册中“${source.subject(e.data)}”的信息。${labels.length ? `以下已填写的内容未改动，请核对：${labels.join('、')}。` : ''}`);
    setOpen(false);
    setQ('');
  };

  return (
    <div class="fill-from">
      <details class="create-from" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{spec.label}</summary>
        <input type="search" aria-label={`${spec.label}：搜索`} placeholder="输入学生姓名" value={q}
          onInput={(e) => setQ(e.currentTarget.value)} />
        {!entries ? <p class="muted">正在读取…</p> : (
          <>
            <ul class="rows">
              {hits.slice(0, SHOWN).map((e) => (
                <SourceRow key={e.id} source={source} entry={e} onPick={() => pick(e)}>
                  {e.id === data[spec.linkKey] && <span class="badge">已选</span>}
                </SourceRow>
              ))}
            </ul>
            {hits.length > SHOWN && <p class="muted">共 {hits.length} 人，仅显示前 {SHOWN} 人：请输入姓名缩小范围。</p>}
            {needle && !hits.length && <p class="muted">没有找到。可直接在下方填写。</p>}
          </>
        )}
      </details>
      {msg && <p class="msg hint" role="status" data-testid="fill-msg">{msg}</p>}
    </div>
  );
}
