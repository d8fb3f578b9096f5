// The /data/ import of teachers' workbooks and backups: choose files, read them in a worker, preview, write on confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../../io/parse/jobs';
import { importOwnFiles, type OwnImport } from '../../io/parse/own-client';
import { looksEncrypted } from '../../io/backup-crypto';
import { recovered } from '../../storage/journal-recovery';
import { LIST_NAMES, listsToRestore, restoreLists } from '../../storage/stored-list';
import { explain } from '../../storage/errors';
import { flushAll } from '../../storage/session';
import { loadSettings, saveSettings } from '../../storage/settings';
import { PassphraseForm } from './PassphraseForm';
import { PreviewView, replan, type Preview } from './ImportPreview';
import { ReadingProgress, WritingProgress } from './ReadingProgress';

type State =
  | { kind: 'idle'; done?: string }
  | { kind: 'reading'; progress: Progress }
  /** An encrypted backup among the files: its passphrase first (again after a wrong one). */
  | { kind: 'passphrase'; files: File[]; error?: string }
  | { kind: 'writing'; progress: Progress }
  | Preview
  | { kind: 'error'; message: string };

/**
 * Import of teachers' workbooks and of backups: read, show what would change, and write
 * only on confirmation, in one transaction, so a bad file or a cancel leaves nothing behind.
 */
export default function ImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' });

  // One import at a time: choosing files again or 取消 ends the one before (and its worker).
  const current = useRef<OwnImport | null>(null);
  const end = () => {
    current.current?.end();
    current.current = null;
  };
  const isCurrent = (job: OwnImport) => current.current === job;

  // Leaving while a big import is written ends its worker: nothing is written, so say so first.
  const writing = state.kind === 'writing';
  useEffect(() => {
    if (!writing) return;
    const stay = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', stay);
    return () => removeEventListener('beforeunload', stay);
  }, [writing]);

  // An encrypted backup is known by its first bytes: its passphrase is asked before any reading.
  const choose = async (files: File[]) => {
    if (!files.length) return;
    end();
    const heads = await Promise.all(files.map((f) => f.slice(0, 200).text().catch(() => '')));
    if (heads.some(looksEncrypted)) return setState({ kind: 'passphrase', files });
    await start(files);
  };

  // Files are parsed in a worker: the page stays usable, and 取消 ends the worker.
  const start = async (files: File[], passphrase?: string) => {
    end();
    setState({ kind: 'reading', progress: { done: 0, total: files.length, step: passphrase ? '正在读取并解密' : '正在读取' } });
    const job = importOwnFiles(files, (progress) => isCurrent(job) && setState({ kind: 'reading', progress }), undefined, passphrase);
    current.current = job;
    try {
      const read = await job.read;
      if (!read || !isCurrent(job)) return;
      if ('error' in read) {
        end();
        return setState({ kind: 'error', message: read.error });
      }
      if (read.wrongPassphrase) {
        // Nothing of any file is taken: the user types the passphrase again (or cancels).
        end();
        return setState({ kind: 'passphrase', files, error: read.errors.join(' ') });
      }
      setState({ kind: 'reading', progress: { done: 1, total: 1, step: '正在与本机记录比对' } });
      // Edits still waiting to be saved on this page, and copies left by closed tabs, belong
      // to what the files are compared with (the worker reads the stored rows).
      await flushAll();
      await recovered();
      const settings = await loadSettings();
      const start: Preview = {
        kind: 'preview', job, read, now: Date.now(), choices: new Map(), takeVisible: new Set(),
        view: { tally: { new: 0, updated: 0, unchanged: 0, rejected: 0, conflict: 0, edited: 0 }, writes: 0, notes: [], rows: [] },
        takeSettings: !!read.settings && !settings.unit,
        lists: await listsToRestore(read.lists),
      };
      const preview = await replan(start, {});
      if (isCurrent(job)) setState(preview);
    } catch (err) {
      if (!isCurrent(job)) return;
      end();
      setState({ kind: 'error', message: explain(err) });
    }
  };

  const commit = async (s: Preview) => {
    try {
      const total = s.view.writes;
      const writing = (done: number) =>
        setState({ kind: 'writing', progress: { done, total, step: `正在写入第 ${done + 1} / ${total} 条` } });
      writing(0);
      const settings = s.takeSettings ? s.read.settings : null;
      const written = total ? await s.job.commit(writing, settings ?? undefined) : { count: 0, settings: false };
      end();
      if (settings && !written.settings) await saveSettings(settings);
      const lists = s.lists.length ? await restoreLists(s.read.lists) : [];
      setState({ kind: 'idle', done: `已导入 ${written.count} 条记录${settings ? '，并恢复了设置' : ''}${lists.length ? `，并恢复了${lists.map((k) => LIST_NAMES[k]).join('、')}` : ''}。` });
      // Written with the entries: saved again only to drop a copy journalled on this device,
      // which would otherwise count as the settings (they are stored whatever this does).
      if (settings && written.settings) await saveSettings(settings).catch(() => {});
    } catch (err) {
      end();
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
        <ReadingProgress progress={state.progress} onCancel={() => { end(); setState({ kind: 'idle' }); }} />
      )}
      {state.kind === 'writing' && <WritingProgress progress={state.progress} />}
      {state.kind === 'error' && <p class="banner error" role="alert">{state.message}</p>}
      {state.kind === 'passphrase' && (
        <PassphraseForm error={state.error} onSubmit={(p) => void start(state.files, p)} onCancel={() => setState({ kind: 'idle' })} />
      )}
      {state.kind === 'preview' && <PreviewView state={state} onCommit={() => commit(state)} onCancel={() => { end(); setState({ kind: 'idle' }); }}
        onChange={setState} onError={(err) => { end(); setState({ kind: 'error', message: explain(err) }); }} />}
    </div>
  );
}

