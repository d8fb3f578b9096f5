import { useState } from 'preact/hooks';
import { REASONS } from '../../../forms/status-changes';
import type { Entry } from '../../../storage/entry';
import { inChinese } from '../../../storage/errors';
import { completeChange } from '../../../storage/status-changes';
import { textOf } from '../../../forms/kit/text-of';


/** A 待补充 change (typed in the roster's editor): its reason chosen here. */
function Complete({ entry }: { entry: Entry }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const id = `reason-${entry.id}`;
  const save = () => completeChange(entry.id, { reason }).catch((e) => setError(inChinese(e, '请重试')));
  return (
    <div class="complete-reason">
      <label for={id}>补充变动原因</label>
      <select id={id} value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
        <option value="">请选择</option>
        {REASONS.map((r) => <option key={r} value={r}>{r}</option>)}
      </select>
      <button type="button" onClick={save}>保存原因</button>
      {error && <p class="banner error" role="alert">{error}</p>}
    </div>
  );
}

/** Changes as a list: who, when, from what to what, why. */
export function ChangeList({ entries, testid }: { entries: Entry[]; testid: string }) {
  return (
    <ul class="cards change-list" data-testid={testid}>
      {entries.map((e) => (
        <li key={e.id} class="card" data-testid="change-item">
          <p><strong>{textOf(e.data.name)}</strong>　{textOf(e.data.date)}</p>
          <p>{textOf(e.data.from) || '（未填写）'} → {textOf(e.data.to)}　<span class="badge">{textOf(e.data.reason)}</span></p>
          {textOf(e.data.note) && <p class="muted">{textOf(e.data.note)}</p>}
          {e.data.reason === '待补充' && <Complete entry={e} />}
        </li>
      ))}
    </ul>
  );
}
