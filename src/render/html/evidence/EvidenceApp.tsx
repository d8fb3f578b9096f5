import { useMemo, useState } from 'preact/hooks';
import { localIsoDate } from '../../../calc/calendar';
import {
  ANY_MISSING, checklistOf, filterChecklist, filterOptions, itemKeys, specialRoster, summarize,
  withRecord, type ChecklistFilter, type ChildChecklist, type ItemState, type Linked,
} from '../../../forms/evidence';
import { formatChineseDate } from '../../../forms/kit/validators';
import { refDateOf } from '../../../settings/schema';
import { listEntries } from '../../../storage/entries';
import { flushAll, type SaveState } from '../../../storage/session';
import { loadSettings } from '../../../storage/settings';
import { useChecklist } from './checklist-client';
import { saveItem } from './save';
import { SuspectedList } from './SuspectedList';
import { TableExport } from '../TableExport';
import { VirtualList } from '../VirtualList';
import { rosterListWarning } from './list-warning';
import { saveText } from '../SaveBar';

const today = () => localIsoDate(new Date());

/**
 * 附件2-1 as a checklist: every roster child 附件1-1 counts whose status needs evidence, each
 * required item with 缺 / 已收集, the date and a note; a summary and filters; the
 * 特殊情况分类花名册 and 疑似失、辍学学生花名册 exports. Items a 核查认定表 gives come from
 * the child's complete 附件4 (linked by roster id or ID number). The page shows what the
 * worker read (useChecklist); an export reads again here, after pending saves are written.
 */
async function readChecklist(): Promise<ChildChecklist[]> {
  await flushAll();
  const [settings, children, records, forms4] = await Promise.all([
    loadSettings(), listEntries('roster'), listEntries('2-1'), listEntries('4'),
  ]);
  return checklistOf(children, records, forms4, refDateOf(settings)).list;
}

/** Said under the summary when the age rule leaves children out, so the numbers can be traced. */
function LeftOut({ n, refDate }: { n: number; refDate: string }) {
  if (!n) return null;
  return (
    <p class="muted" data-testid="evidence-left-out">
      另有 {n} 名儿童在基准日 {formatChineseDate(refDate)} 不在6-15周岁（或无法确定出生日期），与附件1-1一样不列入。
    </p>
  );
}

export default function EvidenceApp() {
  const { read, error } = useChecklist();
  const [filter, setFilter] = useState<ChecklistFilter>({});
  const [saving, setSaving] = useState<SaveState>({ kind: 'idle' });
  // This page's own changes, shown until the worker's next reading has them (or a later change
  // made elsewhere): a child's item must not flip back to 缺 while 20,000 children are reread.
  const [mine, setMine] = useState<ReadonlyMap<string, { record: Linked; at: number }>>(new Map());
  const data = useMemo(() => read?.list.map((c) => {
    const own = mine.get(c.childId);
    return own && (c.record?.updatedAt ?? 0) < own.at ? withRecord(c, own.record) : c;
  }), [read, mine]);
  const all = useMemo(() => summarize(data ?? []), [data]);
  const options = useMemo(() => filterOptions(data ?? []), [data]);
  const shown = useMemo(() => filterChecklist(data ?? [], filter), [data, filter]);

  if (!read || !data) return error ? <p class="banner error" role="alert">{error}</p> : <p class="muted">正在读取…</p>;
  if (!data.length)
    return (
      <>
        <p class="empty">
          花名册中还没有需要佐证资料的儿童。请先在<a href="/forms/roster/">花名册</a>中登记或导入儿童及其就学状态。
        </p>
        <LeftOut n={read.leftOut} refDate={read.refDate} />
        <SuspectedList list={data} load={readChecklist} />
      </>
    );
  const set = (k: keyof ChecklistFilter, v: string) => {
    setFilter({ ...filter, [k]: v || undefined });
  };
  const save = (c: ChildChecklist, patch: Record<string, string | boolean>) => {
    const at = Date.now();
    const record = saveItem(c, patch, setSaving);
    setMine((m) => new Map(m).set(c.childId, { record, at }));
  };

  return (
    <div class="evidence-app">
      <section class="evidence-summary" data-testid="evidence-summary" aria-label="汇总">
        <p>
          需要佐证资料的儿童 <strong>{all.children}</strong> 人，资料齐全 <strong>{all.complete}</strong> 人，
          尚缺 <strong>{all.children - all.complete}</strong> 人。
        </p>
        {all.missing.length > 0 && (
          <ul class="missing-counts">
            {all.missing.map((m) => (
              <li key={m.item.id}>
                <button type="button" class="link" onClick={() => set('missing', m.item.id)}>
                  缺“{m.item.label}”：{m.children} 人
                </button>
              </li>
            ))}
          </ul>
        )}
        <LeftOut n={read.leftOut} refDate={read.refDate} />
      </section>

      <div class="filters">
        <select aria-label="村委会" value={filter.village ?? ''} onChange={(e) => set('village', e.currentTarget.value)}>
          <option value="">全部村委会</option>
          {options.villages.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
        <select aria-label="就学状态" value={filter.status ?? ''} onChange={(e) => set('status', e.currentTarget.value)}>
          <option value="">全部就学状态</option>
          {options.statuses.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
        <select aria-label="缺少的资料" value={filter.missing ?? ''} onChange={(e) => set('missing', e.currentTarget.value)}>
          <option value="">全部（含已齐全）</option>
          <option value={ANY_MISSING}>尚缺任一项</option>
          {options.items.map((i) => <option key={i.id} value={i.id}>缺：{i.label}</option>)}
        </select>
      </div>

      <TableExport name="特殊情况分类花名册" annex="附件2-2" id="special-roster" warn={rosterListWarning}
        count={shown.length} filtered={shown.length !== data.length}
        load={async (unit) => specialRoster(filterChecklist(await readChecklist(), filter), unit)} />
      {error && <p class="banner error" role="alert">{error}</p>}
      {saving.kind === 'error' && <p class="banner error" role="alert">{saving.message}</p>}
      <p class="save muted" aria-live="polite" data-testid="save-state">{saveText(saving)}</p>
      <p class="muted count">共 {data.length} 人{shown.length !== data.length && `，显示 ${shown.length} 人`}</p>

      <VirtualList class="evidence-children" items={shown}
        render={(c, i) => <ChildCard key={c.childId} c={c} save={save} pos={i + 1} of={shown.length} />} />

      <SuspectedList list={data} load={readChecklist} />
    </div>
  );
}

type Save = (c: ChildChecklist, patch: Record<string, string | boolean>) => unknown;

function ChildCard({ c, save, pos, of }: { c: ChildChecklist; save: Save; pos: number; of: number }) {
  return (
    <li class={`evidence-child${c.complete ? ' complete' : ''}`} data-testid="evidence-child" data-child={c.childId}
      aria-posinset={pos} aria-setsize={of}>
      <div class="evidence-head">
        <strong>{c.name || '（未填写姓名）'}</strong>
        <span class="muted">{c.village} · {c.statusLabel}</span>
        <span class={`badge ${c.complete ? 'complete' : 'draft'}`} data-testid="evidence-state">
          {c.complete ? '资料齐全' : `缺 ${c.missing.length} 项`}
        </span>
      </div>
      <ul class="evidence-items">
        {c.items.map((i) => <ItemRow key={i.item.id} c={c} i={i} save={save} />)}
      </ul>
    </li>
  );
}

function ItemRow({ c, i, save }: { c: ChildChecklist; i: ItemState; save: Save }) {
  const k = itemKeys(i.item.id);
  const who = c.name || '儿童';
  const form4 = c.form4;
  return (
    <li class={`evidence-item${i.collected ? ' collected' : ' missing'}`} data-testid={`item-${i.item.id}`}>
      <div class="evidence-item-head">
        <span class="evidence-label">{i.item.label}</span>
        <span class={`badge ${i.collected ? 'complete' : 'missing'}`} data-testid="item-state">
          {i.collected ? (i.by === 'form' ? '已收集（附件4）' : '已收集') : '缺'}
        </span>
      </div>
      {i.reason && !i.collected && <p class="msg hint">{i.reason}</p>}
      {i.viaForm4 && (
        <p class="evidence-form4">
          {form4 ? (
            <a href={`/forms/4/?id=${form4.id}`}>打开核查认定表（附件4，{form4.complete ? '已完成' : '草稿'}）</a>
          ) : (
            <a href={`/forms/4/?from=${c.childId}`}>填写核查认定表（附件4）</a>
          )}
        </p>
      )}
      {i.by !== 'form' && (
        <div class="evidence-inputs">
          <select aria-label={`${who}：${i.item.label}`} value={i.collected ? 'yes' : 'no'}
            onChange={(e) => {
              const on = e.currentTarget.value === 'yes';
              void save(c, on && !i.date ? { [k.done]: true, [k.date]: today() } : { [k.done]: on });
            }}>
            <option value="no">缺</option>
            <option value="yes">已收集</option>
          </select>
          <input type="date" aria-label={`${who}：${i.item.label}（收集日期）`} value={i.date}
            onChange={(e) => void save(c, { [k.date]: e.currentTarget.value })} />
          <NoteInput label={`${who}：${i.item.label}（备注）`} value={i.note} onSave={(v) => save(c, { [k.note]: v })} />
        </div>
      )}
    </li>
  );
}

/** A note saved as it is typed (the storage session debounces and flushes on hide). */
function NoteInput({ label, value, onSave }: { label: string; value: string; onSave: (v: string) => unknown }) {
  const [text, setText] = useState(value);
  return (
    <input type="text" aria-label={label} placeholder="备注" value={text}
      onInput={(e) => {
        setText(e.currentTarget.value);
        void onSave(e.currentTarget.value);
      }} />
  );
}
