import { useState } from 'preact/hooks';
import { localIsoDate } from '../../../calc/calendar';
import { daysLeftInMonth } from '../../../calc/home-teaching';
import { belowThisMonth, homeTeaching, type SpecialChild, type StoredEntry } from '../../../forms/special-education';
import { formById } from '../../../forms/registry';
import type { Entry } from '../../../storage/entry';
import { getEntry } from '../../../storage/entries';
import { explain, READ_FAILED } from '../../../storage/errors';
import { assessmentFor, loadSpecial, newVisit } from '../../../storage/special';
import { EntryEditor } from '../EntryEditor';
import { useLive } from '../hooks';
import { UnreadableNote } from '../UnreadableNote';
import { useUndoDelete } from '../undo-delete';
import { isEntryId, useUrlRoute } from '../url-route';
import { ChildCard } from './ChildCard';
import { DueList } from './DueList';
import { LedgerExports } from './LedgerExports';

type View = { kind: 'list' } | { kind: 'loading' } | { kind: 'edit'; entry: Entry } | { kind: 'gone'; message: string };

const FORM_IDS = new Set(['disability', 'home-teaching']);

/** The list of disabled children (no ?id=) or the editor of one assessment or visit (?id=). */
export default function SpecialApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [error, setError] = useState('');
  const route = async () => {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) return setView({ kind: 'list' });
    try {
      const entry = isEntryId(id) ? await getEntry(id) : undefined;
      if (!entry || !FORM_IDS.has(entry.formId)) return setView({ kind: 'gone', message: '找不到这条记录（可能已被删除）。' });
      setView({ kind: 'edit', entry });
    } catch (err) {
      setView({ kind: 'gone', message: explain(err, READ_FAILED) });
    }
  };
  const go = useUrlRoute(route);
  const open = (id: string) => go(`?id=${id}`);
  const act = (make: () => Promise<Entry>) => async () => {
    try {
      setError('');
      open((await make()).id);
    } catch (err) {
      setError(explain(err));
    }
  };

  if (view.kind === 'loading') return <p class="muted">正在读取…</p>;
  if (view.kind === 'gone') return <p class="banner error" role="alert">{view.message} <a href="./">返回名单</a></p>;
  if (view.kind === 'edit') {
    const form = formById(view.entry.formId)!;
    return (
      <div class="special-edit">
        <a href="./" class="back" onClick={(e) => { e.preventDefault(); go(''); }}>← 返回残疾儿童名单</a>
        <h2>{form.title}：{String(view.entry.data.name ?? '')}</h2>
        {form.id === homeTeaching.id && <p class="muted">落实每月2次送教任务：家长确认（签名）填写后，本次送教才计入本月次数。</p>}
        <EntryEditor key={view.entry.id} form={form} initial={view.entry} />
      </div>
    );
  }
  return (
    <ChildList open={open} error={error}
      onAssess={(c) => void act(() => assessmentFor(c.child.id))()}
      onVisit={(c) => void act(() => newVisit(c.child.id, localIsoDate(new Date())))()} />
  );
}

function ChildList({ open, error, onAssess, onVisit }: {
  open: (id: string) => void;
  error: string;
  onAssess: (c: SpecialChild) => void;
  onVisit: (c: SpecialChild) => void;
}) {
  const list = useLive(loadSpecial, []);
  const { remove, banner } = useUndoDelete();
  if (!list) return <p class="muted">正在读取…</p>;
  const today = localIsoDate(new Date());
  const due = belowThisMonth(list.children, today);
  const placed = list.children.filter((c) => c.placement).length;
  const onRemove = (v: StoredEntry) => void remove(v.id, homeTeaching.subject(v.data));
  return (
    <div class="special">
      <p data-testid="special-count">
        {list.children.length
          ? `花名册中残疾儿童 ${list.children.length} 人，已评估安置 ${placed} 人，送教上门 ${list.children.filter((c) => c.placement === '送教上门').length} 人。`
          : '花名册中没有残疾儿童。'}
        <UnreadableNote count={list.unreadable} />
      </p>
      {!list.children.length && <p class="muted">在<a href="/forms/roster/">花名册</a>中把儿童的“残疾儿童”选为“是”，这里就会列出。</p>}
      {list.unlisted > 0 && <p class="muted">另有 {list.unlisted} 条评估或送教记录所属儿童在花名册中已不是残疾儿童（记录仍保存在本机）。</p>}
      {error && <p class="banner error" role="alert">{error}</p>}
      {banner}
      <DueList due={due} />
      <ul class="cards special-list">
        {list.children.map((c) => (
          <ChildCard key={c.child.id} c={c} today={today} daysLeft={daysLeftInMonth(today)} open={open}
            onAssess={onAssess} onVisit={onVisit} onRemove={onRemove} />
        ))}
      </ul>
      <LedgerExports today={today} />
      <p class="muted">附件2-2 Ⅵ类：②残疾送教儿童花名册（残疾儿童台账）、③送教方案及送教记录（送教台账）。</p>
    </div>
  );
}
