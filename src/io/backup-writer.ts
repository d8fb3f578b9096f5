// The page's side of making a backup: a worker reads every stored row, builds the file and
// encrypts it (200,000 entries are about 70 MB of JSON: seconds of work that would freeze a
// phone's page), and hands back the file as a Blob.
import type { Settings } from '../settings/schema';
import { StorageError, UNKNOWN_FAILURE } from '../storage/errors';
import { replyError, type ErrorReply } from '../storage/import-writer';
import { spawnBackup as spawn } from '../worker/spawn';

/** Page -> worker: the settings as the page knows them (a journalled copy counts), and the passphrase, if any. */
export interface BackupJob {
  settings: Settings;
  /** Encrypt with this; absent: a plain backup (after the user's explicit choice). */
  passphrase?: string;
  /** Only count what a backup would hold (for the warning before a plain one); no file. */
  countOnly?: boolean;
}

/** What a backup holds, for the messages. */
export interface BackupCount { entries: number; children: number }

/** Worker -> page. */
export type BackupReply =
  | { step: string }
  /** `url`: the file, a blob: URL of the worker's, valid while the worker lives. */
  | ({ done: true; url?: string } & BackupCount)
  | { error: ErrorReply };


/** A blob: URL made in a worker dies with it: time enough for the download to read the file. */
const KEEP_MS = 120_000;

/** Runs a backup job in a worker; `onStep` hears what it is doing. The file comes back as a URL to download. */
export function runBackup(job: BackupJob, onStep?: (step: string) => void, makeWorker: () => Worker = spawn): Promise<BackupCount & { url?: string }> {
  const worker = makeWorker();
  return new Promise((ok, fail) => {
    const end = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<BackupReply>) => {
      const m = e.data;
      if ('step' in m) return onStep?.(m.step);
      if ('error' in m) {
        end();
        return fail(replyError(m.error));
      }
      if (m.url) setTimeout(end, KEEP_MS);
      else end();
      ok({ entries: m.entries, children: m.children, url: m.url });
    };
    // Out of memory, or a worker that cannot start: no file, nothing changed.
    worker.onerror = (e) => { e.preventDefault?.(); end(); fail(new StorageError(UNKNOWN_FAILURE)); };
    worker.onmessageerror = () => { end(); fail(new StorageError(UNKNOWN_FAILURE)); };
    worker.postMessage(job);
  });
}
