import { useMemo, useState } from 'preact/hooks';
import { roster } from '../../../forms/roster';
import { CATEGORIES } from '../../../forms/vocabulary';
import { formatChineseDate } from '../../../forms/kit/validators';
import { getEntries } from '../../../storage/entries';
import { ExportBar } from '../ExportBar';
import { VirtualList } from '../VirtualList';
import { useRosterModel, type ListedRoster } from './list-client';
import { useUndoDelete } from '../undo-delete';
import {
  countBands, filterRows, NO_STATUS, villagesOf, type Band, type ChildRow, type Filter,
} from './model';
import { MergeDuplicates } from './MergeDuplicates';
import { RosterImport } from './RosterImport';
import { UnreadableNote } from '../UnreadableNote';

const BAND_LABEL: Record<Band, string> = { in: '6-15周岁', out: '不在6-15周岁', undated: '无法计算年龄' };
const BAND_NOTE: Record<Band, string> = {
  in: '',
  out: '这些儿童按基准日不在6-15周岁，不计入附件1-1、1-2。',
  undated: '这些儿童缺少有效的身份证号码和出生日期，无法计算年龄，不计入附件1-1、1-2，请补填。',
};

/**
 * The roster: new child and import at the top, shown as soon as the settings are read; below,
 * once the worker has read the children, the list (RosterBody).
 */
export function RosterList({ onCreate }: { onCreate(): void }) {
  const { listed, refDate, error } = useRosterModel();
  const [importing, setImporting] = useState(false);
  const failed = error && <p class="banner error" role="alert">{error}</p>;
  if (!refDate) return failed || <p class="muted">正在读取…</p>;
  return (
    <div class="roster-list">
      <div class="actions">
        <button type="button" class="primary" onClick={onCreate}>新增儿童</button>
        <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>导入花名册（Excel/CSV）</button>
      </div>
      {importing && <RosterImport refDate={refDate} onDone={() => setImporting(false)} />}
      <p class="muted">
        年龄按基准日 {formatChineseDate(refDate)} 计算（可在设置中修改）。由花名册自动生成：
        <a href="/forms/1-1/">附件1-1</a>、<a href="/forms/1-2/">附件1-2</a>
      </p>
      {failed}
      {listed ? <RosterBody data={listed} /> : !error && <p class="muted" role="status" data-testid="roster-reading">正在读取花名册…</p>}
    </div>
  );
}

/** The children: search, filters, the children outside 6–15 apart, duplicates flagged, delete with 撤销. */
function RosterBody({ data }: { data: ListedRoster }) {
  const { rows, dups, twice } = data;
  const [merging, setMerging] = useState(false);
  const bands = useMemo(() => countBands(rows), [rows]);
  const villages = useMemo(() => villagesOf(rows), [rows]);
  const [filter, setFilter] = useState<Filter>({ q: '', village: '', status: '', band: 'in', duplicatesOnly: false });
  const [shownIds, setShownIds] = useState<ReadonlySet<string>>(new Set());
  const { remove, banner } = useUndoDelete();
  const shown = useMemo(() => filterRows(rows, filter, dups), [rows, filter, dups]);
  // Children with a problem in the band being looked at, for the 有问题 filter's count.
  const withProblems = useMemo(() => filterRows(rows, { ...filter, problemsOnly: true }, dups).length, [rows, filter, dups]);

  const set = (f: Partial<Filter>) => setFilter({ ...filter, ...f });
  const toggleId = (id: string) => {
    const next = new Set(shownIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setShownIds(next);
  };

  return (
    <>
      {dups.size > 0 && (
        <p class="banner warn" role="alert" data-testid="duplicates-banner">
          有 {dups.size} 个身份证号码重复出现，可能是多重户籍或重复登记。
          <label class="check">
            <input type="checkbox" checked={filter.duplicatesOnly} onChange={(e) => set({ duplicatesOnly: e.currentTarget.checked })} />
            只看重复
          </label>
        </p>
      )}
      {(twice.length > 0 || merging) && (
        <div class="banner warn" data-testid="likely-duplicates">
          <p>
            {twice.length > 0
              ? `有 ${twice.length} 组儿童姓名相同、出生日期（或村委会）相同而身份证号码不同，可能是同一人重复登记。`
              : '可能重复登记的儿童都已处理。'}
            <button type="button" class="link" aria-expanded={merging} onClick={() => setMerging(!merging)}>
              {merging ? '收起' : '逐组核对合并'}
            </button>
          </p>
          {merging && <MergeDuplicates groups={twice} />}
        </div>
      )}
      <div class="tabs" role="tablist" aria-label="年龄">
        {(Object.keys(BAND_LABEL) as Band[]).map((b) => (
          <button type="button" role="tab" key={b} aria-selected={filter.band === b} data-testid={`band-${b}`}
            onClick={() => set({ band: b })}>
            {BAND_LABEL[b]}（{bands[b]}）
          </button>
        ))}
      </div>
      {BAND_NOTE[filter.band] && <p class="muted">{BAND_NOTE[filter.band]}</p>}
      <div class="filters">
        <input type="search" aria-label="搜索" placeholder="按姓名或身份证号码搜索" value={filter.q}
          onInput={(e) => set({ q: e.currentTarget.value })} />
        <select aria-label="村委会" value={filter.village} onChange={(e) => set({ village: e.currentTarget.value })}>
          <option value="">全部村委会</option>
          {villages.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
        <select aria-label="就学状态" value={filter.status} onChange={(e) => set({ status: e.currentTarget.value })}>
          <option value="">全部状态</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
          <option value={NO_STATUS}>{NO_STATUS}</option>
        </select>
        {(withProblems > 0 || filter.problemsOnly) && (
          <label class="check problems-filter">
            <input type="checkbox" checked={!!filter.problemsOnly} onChange={(e) => set({ problemsOnly: e.currentTarget.checked })} />
            有问题（{withProblems} 人）
          </label>
        )}
      </div>
      <ExportBar form={roster} entries={() => getEntries(roster.id, shown.map((r) => r.key))} kinds={['register-xlsx', 'register-pdf']} />
      {banner}
      <p class="muted count" data-testid="roster-count">
        共 {rows.length} 人{shown.length !== rows.length && `，显示 ${shown.length} 人`}
        <UnreadableNote count={data.unreadable} />
      </p>
      <VirtualList class="rows" items={shown} render={(r, i) => (
        <ChildItem key={r.key} row={r} duplicate={!!r.id && dups.has(r.id)} pos={i + 1} of={shown.length}
          whole={shownIds.has(r.key)} onToggleId={() => toggleId(r.key)} onRemove={() => remove(r.key, r.name)} />
      )} />
      {rows.length === 0 && <p class="empty">花名册还没有儿童。可逐个新增，或导入学校现有的 Excel 花名册。</p>}
    </>
  );
}

function ChildItem({ row, duplicate, pos, of, whole, onToggleId, onRemove }: {
  row: ChildRow;
  pos: number;
  of: number;
  duplicate: boolean;
  whole: boolean;
  onToggleId(): void;
  onRemove(): void;
}) {
  const idText = whole ? row.whole : row.masked;
  return (
    <li class="row child" data-testid="child-row" aria-posinset={pos} aria-setsize={of}>
      <a href={`?id=${row.key}`} class="row-main">
        <strong>{row.name || '（未填写姓名）'}{row.age !== null && <span class="muted"> {row.age}周岁</span>}</strong>
        <span class="muted">{[row.village, row.statusText || '未填写就学状态'].join(' · ')}</span>
      </a>
      <span class="id-number">
        <code data-testid="id-number">{idText || '—'}</code>
        {row.masked && (
          <button type="button" class="link" onClick={onToggleId} aria-label={`${whole ? '隐藏' : '显示'} ${row.name} 的身份证号码`}>
            {whole ? '隐藏' : '显示'}
          </button>
        )}
      </span>
      {duplicate && <span class="badge dup">身份证重复</span>}
      {row.problems.length > 0 && <span class="badge draft">{row.problems.length} 处问题</span>}
      <button type="button" class="link danger" onClick={onRemove} aria-label={`删除 ${row.name}`}>删除</button>
      {row.problems.length > 0 && (
        <ul class="row-problems" data-testid="child-problems">
          {row.problems.map((m) => <li key={m}>{m}</li>)}
        </ul>
      )}
    </li>
  );
}
