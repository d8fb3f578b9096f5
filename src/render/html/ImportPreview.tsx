// The import's preview: what the files would change, conflicts to choose, edits made on visible sheets, lists and settings to restore.
import { formById } from '../../forms/registry';
import { editedOnly, SHOWN_ROWS, type Choice, type PlanRow, type PlanView } from '../../io/merge';
import type { OwnRead } from '../../io/parse/jobs';
import type { OwnImport } from '../../io/parse/own-client';
import { LIST_NAMES, type ListKey } from '../../storage/stored-list';

export interface Preview {
  kind: 'preview';
  /** The worker holding the files' rows: it plans against the stored rows and writes. */
  job: OwnImport;
  read: OwnRead;
  now: number;
  choices: Map<number, Choice>;
  takeVisible: Set<number>;
  view: PlanView;
  takeSettings: boolean;
  /** The backup's lists this device has none of: restored with the entries (a list typed here is kept). */
  lists: ListKey[];
}

const ACTION_TEXT = { new: '新增', updated: '更新', unchanged: '未变', rejected: '无法导入', conflict: '冲突' } as const;

/** The preview again after the user settled a conflict or took visible values. */
export const replan = async (s: Preview, change: Partial<Pick<Preview, 'choices' | 'takeVisible'>>): Promise<Preview> => {
  const next = { ...s, ...change };
  return { ...next, view: await s.job.plan(next.now, next.choices, next.takeVisible) };
};

const subjectOf = (p: PlanRow) => {
  const form = formById(p.entry!.formId)!;
  return `${form.annex} ${form.subject(p.entry!.data) || '（未填）'}`;
};

export function PreviewView({ state, onCommit, onCancel, onChange, onError }: {
  state: Preview;
  onCommit(): void;
  onCancel(): void;
  onChange(s: Preview): void;
  onError(err: unknown): void;
}) {
  const { tally: t, writes, notes } = state.view;
  const indexed = state.view.rows.map(([i, p]) => [p, i] as const);
  const rejected = indexed.filter(([p]) => p.action === 'rejected').map(([p]) => p);
  const conflicts = indexed.filter(([p]) => p.diffs && (p.action === 'conflict' || p.choice));
  const edited = indexed.filter(([p]) => p.edits?.length);
  const change = (c: Partial<Pick<Preview, 'choices' | 'takeVisible'>>) => void replan(state, c).then(onChange, onError);
  const choose = (i: number, c: Choice) => change({ choices: new Map(state.choices).set(i, c) });
  const chooseAll = (c: Choice) => change({ choices: new Map(conflicts.map(([, i]) => [i, c])) });
  const takeVisible = (i: number, on: boolean) => {
    const next = new Set(state.takeVisible);
    if (on) next.add(i);
    else next.delete(i);
    change({ takeVisible: next });
  };
  const takeAll = () => change({ takeVisible: new Set(edited.filter(([p]) => p.edits!.some((e) => e.take)).map(([, i]) => i)) });
  return (
    <div class="preview" data-testid="import-preview">
      {state.read.errors.map((e) => <p key={e} class="banner error" role="alert">{e}</p>)}
      <p data-testid="import-tally">
        新增 {t.new} 条，更新 {t.updated} 条，未变 {t.unchanged} 条，无法导入 {t.rejected} 条
        {conflicts.length > 0 && `，冲突 ${conflicts.length} 条`}
        {edited.length > 0 && `，表格中有改动 ${edited.length} 条`}
      </p>
      {notes.length > 0 && <ul class="notes" data-testid="import-notes">{notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      {rejected.length > 0 && (
        <ul class="rejected">
          {rejected.map((p, i) => <li key={i}>{p.source}{p.row ? ` 第${p.row}行` : ''}：{p.reason}</li>)}
        </ul>
      )}
      {conflicts.length > 0 && (
        <section data-testid="import-conflicts">
          <h3>两边都修改过的记录（请逐条选择）</h3>
          <div class="actions">
            <button type="button" onClick={() => chooseAll('local')}>全部保留本机</button>
            <button type="button" onClick={() => chooseAll('file')}>全部采用文件</button>
          </div>
          <ul class="import-rows">
            {conflicts.map(([p, i]) => (
              <li key={i} data-testid="import-conflict">
                <div class="import-row-head"><strong>{subjectOf(p)}</strong><span class="muted">{p.source}{p.row ? ` 第${p.row}行` : ''}</span></div>
                <table class="plan">
                  <thead><tr><th>项目</th><th>本机</th><th>文件</th></tr></thead>
                  <tbody>{p.diffs!.map((d) => <tr key={d.label}><td>{d.label}</td><td>{d.local}</td><td>{d.file}</td></tr>)}</tbody>
                </table>
                <div class="actions">
                  <button type="button" aria-pressed={p.choice === 'local'} onClick={() => choose(i, 'local')}>保留本机</button>
                  <button type="button" aria-pressed={p.choice === 'file'} onClick={() => choose(i, 'file')}>采用文件</button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {edited.length > 0 && (
        <section data-testid="import-edits">
          <h3>表格中有改动的记录（与隐藏数据不同）</h3>
          {edited.some(([p]) => p.edits!.some((e) => e.take)) && (
            <div class="actions"><button type="button" onClick={takeAll}>全部采用表格中的值</button></div>
          )}
          <ul class="import-rows">
            {edited.map(([p, i]) => {
              const taken = state.takeVisible.has(i);
              return (
                <li key={i} data-testid="import-edit">
                  <div class="import-row-head"><strong>{subjectOf(p)}</strong><span class="muted">{p.source}{p.row ? ` 第${p.row}行` : ''}</span></div>
                  {p.edits!.map((e, j) => (
                    <p key={j} class="msg">
                      {e.label}：隐藏数据“{e.hidden}” → 表格中“{e.shown}”
                      {!e.take && <span class="muted">（此格不只是一个值，无法采用，请在本应用中修改）</span>}
                    </p>
                  ))}
                  {p.edits!.some((e) => e.take) && (
                    <button type="button" aria-pressed={taken} onClick={() => takeVisible(i, !taken)}>
                      {taken ? '已采用表格中的值（点击撤销）' : '采用表格中的值'}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {indexed.some(([p]) => p.action !== 'rejected') && (
        <table class="plan">
          <thead><tr><th>表格</th><th>对象</th><th>结果</th></tr></thead>
          <tbody>
            {indexed.filter(([p]) => p.entry).slice(0, SHOWN_ROWS).map(([p]) => {
              const form = formById(p.entry!.formId)!;
              const result = editedOnly(p) ? '表格中有改动（未采用）' : ACTION_TEXT[p.action];
              return <tr key={`${p.source}-${p.row}`}><td>{form.annex}</td><td>{form.subject(p.entry!.data)}</td><td>{result}{p.reason ? `（${p.reason}）` : ''}</td></tr>;
            })}
          </tbody>
        </table>
      )}
      {state.read.settings && (
        <label class="check">
          <input type="checkbox" checked={state.takeSettings} onChange={(e) => onChange({ ...state, takeSettings: e.currentTarget.checked })} />
          同时恢复备份中的设置（单位名称：{state.read.settings.unit || '未填'}）
        </label>
      )}
      {Object.keys(state.read.lists).length > 0 && (
        <ul class="notes" data-testid="import-lists">
          {(Object.keys(state.read.lists) as ListKey[]).filter((k) => k in LIST_NAMES).map((k) => (
            <li key={k}>备份中的{LIST_NAMES[k]}（{state.read.lists[k]!.length} 项）：{state.lists.includes(k)
              ? '本机还没有，将一并恢复。' : '本机已有，保留本机的名单，不会被备份替换。'}</li>
          ))}
        </ul>
      )}
      {t.conflict > 0 && <p class="banner warn" role="status">还有 {t.conflict} 条冲突未选择，选择后才能导入。</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={t.conflict > 0 || (writes === 0 && !state.takeSettings && !state.lists.length)} onClick={onCommit}>确认导入</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </div>
  );
}

