// The page's side of an import of the app's own files (teachers' workbooks, backups): the
// parsing worker reads and checks the rows and keeps them; the page asks it for the preview
// (again after each choice of the user) and, on 确认导入, to write. A 200,000-entry backup
// never crosses to the page, whose thread is the slow one on a phone.
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { putImported, type SeenStamp, type WriteProgress } from '../../storage/import-entries';
import { forgetReadable, markReadable } from '../../storage/unreadable-rows';
import { StorageError, UNKNOWN_FAILURE } from '../../storage/errors';
import { replyError } from '../../storage/import-writer';
import { noteWrite } from '../../storage/shared-parse';
import { WORKER_DIED } from '../limits';
import type { Choice, PlanView } from '../merge';
import { spawnParse as spawn } from '../../worker/spawn';
import type { OwnAsk, OwnRead, Progress, WorkerMessage } from './jobs';

export interface OwnImport {
  /** Errors and settings of the files read; `{ error }` when the worker died or failed; null once ended. */
  read: Promise<OwnRead | { error: string } | null>;
  /** What confirming would do, with these choices; `now` is the importing device's time, the same for every plan. */
  plan(now: number, choices: ReadonlyMap<number, Choice>, takeVisible: ReadonlySet<number>): Promise<PlanView>;
  /**
   * Writes what the last plan decided, all or none: the number of entries written, and
   * whether `settings` were written with them (a big import; a small one leaves them to the caller).
   */
  commit(onProgress?: WriteProgress, settings?: Settings): Promise<{ count: number; settings: boolean }>;
  /** Ends the worker (取消, another choice of files, or the import done). */
  end(): void;
}


export function importOwnFiles(files: File[], onProgress: (p: Progress) => void, makeWorker: () => Worker = spawn, passphrase?: string): OwnImport {
  const worker = makeWorker();
  let ended = false;
  let reading = true;
  let settleRead: (v: OwnRead | { error: string } | null) => void = () => {};
  const read = new Promise<OwnRead | { error: string } | null>((ok) => (settleRead = ok));
  // The question being answered: one at a time (the page waits for each).
  let asked: { ok(v: never): void; fail(e: Error): void; committing: boolean } | null = null;
  let onWrite: WriteProgress | undefined;
  // Rows marked readable ahead of a write in the worker: forgotten if it fails.
  const marked: string[] = [];

  const end = () => {
    if (ended) return;
    ended = true;
    worker.terminate();
    if (reading) settleRead(null);
  };
  const answered = (v: unknown) => {
    const a = asked;
    asked = null;
    a?.ok(v as never);
  };
  const failed = (e: Error) => {
    forgetReadable(marked.splice(0));
    const a = asked;
    asked = null;
    a?.fail(e);
  };
  // A worker that runs out of memory or cannot be started: nothing read, nothing written.
  const died = () => {
    if (reading) {
      reading = false;
      settleRead({ error: WORKER_DIED });
    }
    failed(new StorageError(asked?.committing ? UNKNOWN_FAILURE : WORKER_DIED));
    end();
  };

  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    if (ended) return;
    const m = e.data;
    if (m.type === 'progress') onProgress(m);
    else if (m.type === 'done') {
      reading = false;
      settleRead(m.result as OwnRead);
    } else if (m.type === 'failed') died();
    else if (m.type === 'planned') answered(m.view);
    else if (m.type === 'writes') {
      const { rows, seen } = JSON.parse(m.json) as { rows: Entry[]; seen: (SeenStamp | null)[] };
      putImported(rows, new Map(rows.map((r, i) => [r.id, seen[i] ?? null])), onWrite).then(() => answered({ count: rows.length, settings: false }), failed);
    } else if (m.type === 'readable') {
      markReadable(m.ids, m.stamps);
      for (const id of m.ids) marked.push(id);
    } else if (m.type === 'writing') onWrite?.(m.done, m.total);
    else if (m.type === 'written') {
      noteWrite();
      marked.length = 0; // written: they stay marked
      answered({ count: m.count, settings: m.settings });
    }
    else if (m.type === 'error') failed(replyError(m.error));
  };
  worker.onerror = (e) => { e.preventDefault?.(); died(); };
  worker.onmessageerror = () => died();
  worker.postMessage({ kind: 'own', files, ...(passphrase ? { passphrase } : {}) });

  // Questions wait for the answer before: 确认导入 tapped while a plan is being made again
  // writes that plan, and the answers never cross.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T>(q: OwnAsk): Promise<T> => {
    const next = queue.then(() => new Promise<T>((ok, fail) => {
      if (ended) return fail(new StorageError(UNKNOWN_FAILURE));
      asked = { ok: ok as (v: never) => void, fail, committing: q.ask === 'commit' };
      worker.postMessage(q);
    }));
    queue = next.catch(() => {});
    return next;
  };
  let committed: Promise<{ count: number; settings: boolean }> | null = null;
  return {
    read,
    plan: (now, choices, takeVisible) => ask<PlanView>({ ask: 'plan', now, choices: [...choices], takeVisible: [...takeVisible] }),
    // Once: a second tap gets the same answer, never a second write.
    commit: (onProgress, settings) => (committed ??= (onWrite = onProgress, ask({ ask: 'commit', ...(settings ? { settings } : {}) }))),
    end,
  };
}
