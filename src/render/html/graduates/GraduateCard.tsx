import { useEffect, useRef, useState } from 'preact/hooks';
import { changeRefusal, closeRefusal, isClosed, type GraduateData } from '../../../calc/graduates';
import { GRADUATE_EVIDENCE } from '../../../forms/graduates';
import { formatChineseDate } from '../../../forms/kit/validators';
import type { Entry } from '../../../storage/entry';
import { inChinese } from '../../../storage/errors';
import { changeGraduate, RefusedChange } from '../../../storage/graduates';
import { openSaver } from '../../../storage/session';
import { MaskedId } from '../MaskedId';
import { textOf } from '../../../forms/kit/text-of';

type Msg = { kind: 'saved' | 'refused' | 'error'; text: string } | null;

/**
 * A text typed over several keystrokes: saved by the one saving session every editor uses
 * (storage/session.ts: DELAY_MS after the last keystroke, on leaving the field, when the page
 * is hidden and before an import or export).
 */
function TextField({ id, label, value, rows, placeholder, onSave }: {
  id: string; label: string; value: string; rows?: number; placeholder?: string; onSave: (v: string) => void;
}) {
  // The card's save judges a change against its latest data: the saver calls the newest one.
  const latest = useRef(onSave);
  latest.current = onSave;
  const saver = useRef<ReturnType<typeof openSaver<string>>>();
  useEffect(() => {
    // No journal: a graduate's text is short, and what a closing page cannot write is retyped.
    const s = openSaver<string>(async (v) => latest.current(v), () => {}, () => {});
    saver.current = s;
    return () => void s.close();
  }, []);
  const input = (v: string) => saver.current?.update(v);
  const blur = () => void saver.current?.flush();
  return (
    <div class={rows ? 'field wide' : 'field'}>
      <label for={id}>{label}</label>
      {rows
        ? <textarea id={id} rows={rows} defaultValue={value} onInput={(e) => input(e.currentTarget.value)} onBlur={blur} />
        : <input id={id} type="text" defaultValue={value} placeholder={placeholder}
            onInput={(e) => input(e.currentTarget.value)} onBlur={blur} />}
    </div>
  );
}

/**
 * One graduate: who (from the year's list), and where the child is in 初中 with the evidence,
 * saved as it is chosen. 销号 is refused, with the reason, until the evidence is collected.
 */
export function GraduateCard({ entry, n, onRemove }: { entry: Entry; n: number; onRemove: (e: Entry) => void }) {
  // Changes taken but perhaps not yet read back: a 销号 ticked right after the evidence is
  // judged with the evidence, not with the copy rendered before it was saved.
  const [taken, setTaken] = useState<GraduateData>({});
  const d = { ...(entry.data as GraduateData), ...taken };
  const [msg, setMsg] = useState<Msg>(null);
  const id = (k: string) => `g-${entry.id}-${k}`;
  const name = textOf(d.name) || '（未填写姓名）';

  /** Saves a change; a refused one changes nothing and says why. Returns whether it was taken. */
  const save = (change: GraduateData): boolean => {
    const why = changeRefusal(d, change);
    if (why) {
      setMsg({ kind: 'refused', text: why });
      return false;
    }
    setTaken((t) => ({ ...t, ...change }));
    changeGraduate(entry.id, change).then(
      () => setMsg({ kind: 'saved', text: '已保存' }),
      (err) => {
        setTaken({});
        setMsg(err instanceof RefusedChange ? { kind: 'refused', text: err.message } : { kind: 'error', text: `保存失败：${inChinese(err, '请重试')}` });
      },
    );
    return true;
  };
  const flag = (key: 'collected' | 'closed') => (e: Event) => {
    const box = e.currentTarget as HTMLInputElement;
    if (!save({ [key]: box.checked })) box.checked = !box.checked;
  };

  const closed = isClosed(d);
  return (
    <li class={closed ? 'card graduate closed' : 'card graduate'} data-testid="graduate">
      <p class="graduate-head">
        <strong>{n}. {name}</strong>
        <span class="muted">{[textOf(d.sex), d.birth ? formatChineseDate(textOf(d.birth)) : '', textOf(d.school)].filter(Boolean).join(' · ')}</span>
        <MaskedId id={textOf(d.idNumber)} name={name} />
        {closed && <span class="badge complete">已销号</span>}
      </p>
      <div class="grid">
        <TextField id={id('junior')} label="初中就读学校" value={textOf(d.juniorSchool)} onSave={(v) => save({ juniorSchool: v })} />
        <TextField id={id('grade')} label="年级" value={textOf(d.grade)} placeholder="如 七年级" onSave={(v) => save({ grade: v })} />
        <div class="field">
          <label for={id('evidence')}>佐证材料</label>
          <select id={id('evidence')} value={textOf(d.evidence)}
            onChange={(e) => { if (!save({ evidence: e.currentTarget.value })) e.currentTarget.value = textOf(d.evidence); }}>
            <option value="">请选择</option>
            {GRADUATE_EVIDENCE.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </div>
        <label class="check"><input type="checkbox" checked={d.collected === true} onChange={flag('collected')} />佐证已收集</label>
        <label class="check"><input type="checkbox" checked={d.closed === true} onChange={flag('closed')} />销号</label>
        <TextField id={id('note')} label="备注" value={textOf(d.note)} rows={2} onSave={(v) => save({ note: v })} />
      </div>
      <div class="actions">
        <button type="button" onClick={() => onRemove(entry)} aria-label={`删除 ${name}`}>删除</button>
      </div>
      {d.closed === true && closeRefusal(d) && (
        <p class="banner warn" data-testid="graduate-invalid">销号未计入：{closeRefusal(d)!.replace(/^不能销号：/, '')}</p>
      )}
      {msg && (
        <p class={msg.kind === 'saved' ? 'muted' : 'banner error'} role={msg.kind === 'saved' ? 'status' : 'alert'}
          data-testid={msg.kind === 'saved' ? 'graduate-saved' : 'graduate-refused'}>{msg.text}</p>
      )}
    </li>
  );
}
