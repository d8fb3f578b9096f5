import { useEffect, useState } from 'preact/hooks';
import { localIsoDate } from '../../../calc/calendar';
import { statusValue } from '../../../calc/monthly-report';
import { roster } from '../../../forms/roster';
import { REASONS, STATE_OPTIONS } from '../../../forms/status-changes';
import { listEntries } from '../../../storage/entries';
import type { Entry } from '../../../storage/entry';
import { inChinese } from '../../../storage/errors';
import { recordStatusChange } from '../../../storage/status-changes';
import { SourceRow, sourceMatches } from '../SourceRow';

const SHOWN = 20;

/**
 * 登记变动: a roster child picked by name or ID number, the new state, the date (today unless
 * changed) and the reason. The child's status and the ledger entry are written together.
 */
export function RecordChange() {
  const [children, setChildren] = useState<Entry[] | null>(null);
  const [q, setQ] = useState('');
  const [child, setChild] = useState<Entry | null>(null);
  const [to, setTo] = useState('');
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (q.trim() && !children) void listEntries(roster.id).then(setChildren);
  }, [q]);

  const needle = q.trim();
  const hits = needle && children ? children.filter((e) => sourceMatches(roster, e, needle)) : [];
  const from = child ? statusValue(child.data) : '';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!child) return setMsg({ ok: false, text: '请先从花名册中选择儿童' });
    setBusy(true);
    try {
      await recordStatusChange({ childId: child.id, to, date, reason, note });
      setMsg({ ok: true, text: `已登记：${roster.subject(child.data)}　${from || '（未填写）'} → ${to}（${reason}，${date}）` });
      setChild(null);
      setChildren(null);
      setTo('');
      setReason('');
      setNote('');
    } catch (err) {
      setMsg({ ok: false, text: `未登记：${inChinese(err, '请重试')}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card record-change" onSubmit={submit}>
      <h2>登记就学状态变动</h2>
      {child ? (
        <p data-testid="picked-child">
          <strong>{roster.subject(child.data)}</strong>　现在的状态：{from || '（未填写）'}
          <button type="button" class="link" onClick={() => setChild(null)}>重新选择</button>
        </p>
      ) : (
        <div class="field">
          <label for="mon-search">从花名册选择儿童（姓名或身份证号）</label>
          <input id="mon-search" type="search" value={q} placeholder="输入姓名或身份证号" onInput={(e) => setQ(e.currentTarget.value)} />
          {needle && !children && <p class="muted">正在读取…</p>}
          <ul class="rows">
            {hits.slice(0, SHOWN).map((e) => (
              <SourceRow key={e.id} source={roster} entry={e} onPick={() => { setChild(e); setQ(''); setMsg(null); }} />
            ))}
          </ul>
          {hits.length > SHOWN && <p class="muted">共 {hits.length} 人，仅显示前 {SHOWN} 人：请输入更多内容缩小范围。</p>}
          {needle && children && !hits.length && <p class="muted">花名册中没有找到。</p>}
        </div>
      )}
      <div class="grid">
        <div class="field">
          <label for="mon-to">新状态</label>
          <select id="mon-to" value={to} onChange={(e) => setTo(e.currentTarget.value)} required>
            <option value="">请选择</option>
            {STATE_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="mon-date">变动日期</label>
          <input id="mon-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} required />
        </div>
        <div class="field">
          <label for="mon-reason">变动原因</label>
          <select id="mon-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} required>
            <option value="">请选择</option>
            {REASONS.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
        <div class="field wide">
          <label for="mon-note">备注</label>
          <textarea id="mon-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>登记变动</button>
      </div>
      {msg && <p class={msg.ok ? 'msg hint' : 'banner error'} role={msg.ok ? 'status' : 'alert'} data-testid="record-msg">{msg.text}</p>}
    </form>
  );
}
