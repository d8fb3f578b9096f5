// Runs a parse job in the worker (a roster; the app's own files go through own-client.ts).
// The page only waits: it stays responsive whatever the file, and 取消 ends the worker at
// once, whatever it was doing.
import { WORKER_DIED } from '../limits';
import { spawnParse as spawn } from '../../worker/spawn';
import type { ParseJob, ParseResult, Progress, WorkerMessage } from './jobs';

export interface Parsing<T> {
  /** The readers' result; `{ error }` when the worker died (out of memory) or failed; null when cancelled. */
  done: Promise<T | { error: string } | null>;
  cancel(): void;
}


export function parseInWorker<J extends ParseJob>(
  job: J,
  onProgress: (p: Progress) => void,
  makeWorker: () => Worker = spawn,
): Parsing<ParseResult<J>> {
  const worker = makeWorker();
  let settle: (v: ParseResult<J> | { error: string } | null) => void = () => {};
  const done = new Promise<ParseResult<J> | { error: string } | null>((ok) => {
    settle = (v) => {
      worker.terminate();
      ok(v);
      settle = () => {};
    };
  });
  const rows: string[][] = [];
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m);
    else if (m.type === 'sheetRows') for (const r of m.rows) rows.push(r);
    else if (m.type === 'done') {
      const r = m.result as ParseResult<J>;
      settle((rows.length ? { ...r, rows } : r) as ParseResult<J>);
    }
    else if (m.type === 'failed') settle({ error: WORKER_DIED });
  };
  // A worker that runs out of memory or cannot be started ends here: nothing was read.
  worker.onerror = (e) => { e.preventDefault?.(); settle({ error: WORKER_DIED }); };
  worker.onmessageerror = () => settle({ error: WORKER_DIED });
  worker.postMessage(job);
  return { done, cancel: () => settle(null) };
}
