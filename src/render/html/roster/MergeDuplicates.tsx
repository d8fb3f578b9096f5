import { useState } from 'preact/hooks';
import { parseIdNumber } from '../../../calc/idcard';
import { mergePlan } from '../../../calc/roster-identity';
import { roster } from '../../../forms/roster';
import type { Entry } from '../../../storage/entry';
import { mergeEntries } from '../../../storage/entry-write';
import { explain } from '../../../storage/errors';

/** Groups shown at a time; a roster imported twice by mistake can have hundreds. */
const SHOWN = 20;

/**
 * Children likely entered twice under different ID numbers (same name and birth date, or
 * village where a number is invalid), group by group: the user picks the record whose ID
 * number is right, unticks a record that is another child, and merges. 撤销 undoes it.
 */
export function MergeDuplicates({ groups }: { groups: Entry[][] }) {
  const [limit, setLimit] = useState(SHOWN);
  const [undo, setUndo] = useState<{ before: Entry; others: string[]; name: string } | null>(null);
  const [error, setError] = useState('');

  const merge = async (members: Entry[], chosenId: string) => {
    setError('');
    const { kept, others } = mergePlan(members, chosenId);
    const before = members.find((m) => m.id === kept.id)!;
    try {
      await mergeEntries(kept, others);
      setUndo({ before, others, name: roster.subject(kept.data) });
    } catch (err) {
      setError(`${explain(err)}（未合并）`);
    }
  };
  const restore = async () => {
    if (!undo) return;
    try {
      await mergeEntries(undo.before, undo.others, true);
      setUndo(null);
    } catch (err) {
      setError(explain(err));
    }
  };

  return (
    <div class="merge-duplicates" data-testid="merge-duplicates">
      {error && <p class="banner error" role="alert">{error}</p>}
      {undo && (
        <div class="banner toast" role="status">
          已将“{undo.name}”的 {undo.others.length + 1} 条记录合并为一人。
          <button type="button" onClick={() => void restore()}>撤销</button>
        </div>
      )}
      {groups.slice(0, limit).map((g) => <MergeGroup key={g.map((e) => e.id).join()} members={g} onMerge={merge} />)}
      {groups.length > limit && (
        <button type="button" onClick={() => setLimit(limit + SHOWN)}>显示更多（还有 {groups.length - limit} 组）</button>
      )}
    </div>
  );
}

function MergeGroup({ members, onMerge }: { members: Entry[]; onMerge(members: Entry[], chosenId: string): Promise<void> }) {
  const [chosen, setChosen] = useState('');
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const name = roster.subject(members[0]!.data) || '未填写姓名';
  const included = members.filter((m) => !left.has(m.id));
  const toggle = (id: string) => {
    const next = new Set(left);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setLeft(next);
  };
  return (
    <fieldset class="merge-group" data-testid="merge-group">
      <legend>{name}（{members.length} 条记录）</legend>
      <p class="muted">请选择身份证号码正确的一条。合并后其他各项以所选记录为准，它空着的项目由其他记录补齐；其余记录删除。确是不同儿童（或多重户籍）的，取消勾选或不合并。</p>
      <ul class="merge-members">
        {members.map((m) => {
          const id = typeof m.data.idNumber === 'string' ? m.data.idNumber.trim() : '';
          const check = id ? parseIdNumber(id) : null;
          const about = [roster.text(m.data, 'village'), roster.text(m.data, 'birth'), roster.text(m.data, 'status'), roster.text(m.data, 'school')]
            .filter(Boolean).join(' · ');
          return (
            <li key={m.id}>
              <label class="check">
                <input type="radio" name={`keep-${members[0]!.id}`} checked={chosen === m.id} disabled={left.has(m.id)}
                  onChange={() => setChosen(m.id)} aria-label={`以 ${id || '空白'} 为准`} />
                <code>{id || '（未填写身份证号码）'}</code>
                {check && !check.ok && <span class="badge draft">{check.error}</span>}
              </label>
              <span class="muted">{about}</span>
              <label class="check">
                <input type="checkbox" checked={!left.has(m.id)} onChange={() => toggle(m.id)} />
                合并
              </label>
            </li>
          );
        })}
      </ul>
      <div class="actions">
        <button type="button" class="primary" disabled={busy || included.length < 2 || !included.some((m) => m.id === chosen)}
          onClick={async () => { setBusy(true); await onMerge(included, chosen); setBusy(false); }}>
          合并为一人
        </button>
      </div>
    </fieldset>
  );
}
