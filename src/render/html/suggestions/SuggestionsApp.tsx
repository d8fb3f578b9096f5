import { useState } from 'preact/hooks';
import { tallyLines } from '../../../calc/suggestion-tally';
import { CHANGED_MARK, OPEN_STATE, SCOPES, STATES, TOPICS } from '../../../forms/suggestions/topics';
import { classify, loadSuggestions, type Classification, type ClassifiedItem } from '../../../storage/suggestions';
import { inChinese } from '../../../storage/errors';
import { useLive } from '../hooks';
import { UnreadableNote } from '../UnreadableNote';
import { TableExport } from '../TableExport';
import { suggestionTable } from '../../../forms/suggestions/table';
import { textOf } from '../../../forms/kit/text-of';


function Choice({ id, label, value, options, onChange }: {
  id: string; label: string; value: string; options: readonly { label: string }[]; onChange: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">请选择</option>
        {options.map((o) => <option key={o.label} value={o.label}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** One suggestion: where it comes from, and the school's classification, saved as it is chosen. */
function Item({ item, n, onError }: { item: ClassifiedItem; n: number; onError: (msg: string) => void }) {
  const d = item.classification?.data ?? {};
  const save = (change: Classification) => classify(item, change).catch((e) => onError(`保存失败：${inChinese(e, '请重试')}`));
  const id = (k: string) => `s${n}-${k}`;
  const r = item.record;
  return (
    <li class="card suggestion-item" data-testid="suggestion-item">
      <p><strong>{n}. </strong>{item.text}
        {item.changed && <span class="late" data-testid="suggestion-changed"> {CHANGED_MARK}</span>}</p>
      <p class="muted">{[`${textOf(r.className)} ${textOf(r.student)}`.trim(), textOf(r.teacher), textOf(r.date)].filter(Boolean).join(' · ')}</p>
      {item.changed && (
        <p class="muted">分类时的原文：{textOf(d.original)}
          <button type="button" class="link" onClick={() => save({})}>已复核，保留分类</button></p>
      )}
      <div class="grid">
        <Choice id={id('topic')} label="类别" value={textOf(d.topic)} options={TOPICS} onChange={(v) => save({ topic: v })} />
        <Choice id={id('scope')} label="共性/个性" value={textOf(d.scope)} options={SCOPES} onChange={(v) => save({ scope: v })} />
        <Choice id={id('state')} label="处理状态" value={textOf(d.state) || OPEN_STATE} options={STATES} onChange={(v) => save({ state: v })} />
        <div class="field wide">
          <label for={id('reply')}>答复或措施</label>
          <textarea id={id('reply')} rows={2} defaultValue={textOf(d.reply)}
            onInput={(e) => {
              void classify(item, { reply: e.currentTarget.value }, { typing: true });
            }}
            onBlur={(e) => e.currentTarget.value !== textOf(d.reply) && void save({ reply: e.currentTarget.value })} />
        </div>
      </div>
    </li>
  );
}

/** 意见建议: every parent's suggestion of the 附件3-1 records, classified by the school. */
export default function SuggestionsApp() {
  const list = useLive(loadSuggestions, []);
  const [error, setError] = useState('');
  if (!list) return null;
  const { items, tally } = list;
  return (
    <div class="suggestions">
      <p data-testid="suggestion-count">
        {items.length ? `家访记录中共有家长意见和建议 ${items.length} 条` : '家访记录中暂无家长意见和建议'}
        （与附件3-2“征集家长意见和建议数量”相同：只计完整的家访记录，“无”“暂无”等不计）。
        <UnreadableNote count={list.unreadable} />
      </p>
      {items.length > 0 && (
        <ul class="muted" data-testid="suggestion-tally">{tallyLines(tally).map((l) => <li key={l}>{l}</li>)}</ul>
      )}
      <p><a href="/forms/visit-summary/">家访总结</a>：按附件3-2和这些意见建议预填，学校修改后导出。</p>
      {error && <p class="banner error" role="alert">{error}</p>}
      <TableExport name="台账" load={async (unit) => suggestionTable((await loadSuggestions()).items, unit)} />
      <ul class="cards suggestion-list">
        {items.map((item, i) => <Item key={item.key} item={item} n={i + 1} onError={setError} />)}
      </ul>
    </div>
  );
}
