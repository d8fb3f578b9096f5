import { useState } from 'preact/hooks';
import { formById } from '../../forms/registry';
import { planImport, tallyPlan, toWrite, type PlanRow } from '../../io/merge';
import type { Progress } from '../../io/parse/jobs';
import type { FilesRead } from '../../io/read-files';
import { knownEntries, putImported } from '../../storage/entries';
import { explain } from '../../storage/errors';
import { loadSettings, saveSettings } from '../../storage/settings';
import { ReadingProgress, useParsing } from './ReadingProgress';

type State =
  | { kind: 'idle'; done?: string }
  | { kind: 'reading'; progress: Progress }
  | { kind: 'preview'; read: FilesRead; plan: PlanRow[]; takeSettings: boolean }
  | { kind: 'error'; message: string };

const ACTION_TEXT = { new: '新增', updated: '更新', unchanged: '未变', rejected: '无法导入' } as const;

/**
 * Import of teachers' workbooks and of backups: read, show what would change, and write
 * only on confirmation, in one transaction, so a bad file or a cancel leaves nothing behind.
 */
export default function ImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const parsing = useParsing();

  // Files are parsed in a worker: the page stays usable, and 取消 ends the worker.
  const choose = async (files: File[]) => {
    if (!files.length) return;
    setState({ kind: 'reading', progress: { done: 0, total: files.length, step: '正在读取' } });
    try {
      const read = await parsing.read({ kind: 'own', files }, (progress) => setState({ kind: 'reading', progress }));
      if (!read) return;
      if ('error' in read) return setState({ kind: 'error', message: read.error });
      const plan = planImport(await knownEntries(), read.incoming);
      const current = await loadSettings();
      setState({ kind: 'preview', read, plan, takeSettings: !!read.settings && !current.unit });
    } catch (err) {
      setState({ kind: 'error', message: explain(err) });
    }
  };

  const commit = async (s: Extract<State, { kind: 'preview' }>) => {
    try {
      const entries = toWrite(s.plan);
      await putImported(entries);
      if (s.takeSettings && s.read.settings) await saveSettings(s.read.settings);
      setState({ kind: 'idle', done: `已导入 ${entries.length} 条记录${s.takeSettings ? '，并恢复了设置' : ''}。` });
    } catch (err) {
      setState({ kind: 'error', message: `${explain(err)}（未导入任何记录）` });
    }
  };

  return (
    <div class="import">
      <label class="button file" for="import-files">选择文件（家访表册 Excel 或备份文件）</label>
      <input id="import-files" type="file" multiple accept=".xlsx,.json" class="visually-hidden"
        onChange={(e) => { void choose([...(e.currentTarget.files ?? [])]); e.currentTarget.value = ''; }} />
      {state.kind === 'idle' && state.done && <p class="banner info" role="status">{state.done}</p>}
      {state.kind === 'reading' && (
        <ReadingProgress progress={state.progress} onCancel={() => { parsing.cancel(); setState({ kind: 'idle' }); }} />
      )}
      {state.kind === 'error' && <p class="banner error" role="alert">{state.message}</p>}
      {state.kind === 'preview' && <Preview state={state} onCommit={() => commit(state)} onCancel={() => setState({ kind: 'idle' })}
        onSettings={(v) => setState({ ...state, takeSettings: v })} />}
    </div>
  );
}

function Preview({ state, onCommit, onCancel, onSettings }: {
  state: Extract<State, { kind: 'preview' }>;
  onCommit(): void;
  onCancel(): void;
  onSettings(v: boolean): void;
}) {
  const t = tallyPlan(state.plan);
  const writes = t.new + t.updated;
  const rejected = state.plan.filter((p) => p.action === 'rejected');
  return (
    <div class="preview" data-testid="import-preview">
      {state.read.errors.map((e) => <p key={e} class="banner error" role="alert">{e}</p>)}
      <p data-testid="import-tally">
        新增 {t.new} 条，更新 {t.updated} 条，未变 {t.unchanged} 条，无法导入 {t.rejected} 条
      </p>
      {rejected.length > 0 && (
        <ul class="rejected">
          {rejected.map((p, i) => <li key={i}>{p.source}{p.row ? ` 第${p.row}行` : ''}：{p.reason}</li>)}
        </ul>
      )}
      {state.plan.some((p) => p.action !== 'rejected') && (
        <table class="plan">
          <thead><tr><th>表格</th><th>对象</th><th>结果</th></tr></thead>
          <tbody>
            {state.plan.filter((p) => p.entry).slice(0, 200).map((p) => {
              const form = formById(p.entry!.formId)!;
              return <tr key={`${p.source}-${p.row}`}><td>{form.annex}</td><td>{form.subject(p.entry!.data)}</td><td>{ACTION_TEXT[p.action]}</td></tr>;
            })}
          </tbody>
        </table>
      )}
      {state.read.settings && (
        <label class="check">
          <input type="checkbox" checked={state.takeSettings} onChange={(e) => onSettings(e.currentTarget.checked)} />
          同时恢复备份中的设置（单位名称：{state.read.settings.unit || '未填'}）
        </label>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={writes === 0 && !state.takeSettings} onClick={onCommit}>确认导入</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </div>
  );
}
