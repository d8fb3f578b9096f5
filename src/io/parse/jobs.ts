// What the parsing worker is asked and what it answers. One worker reads every imported
// file: rosters on /forms/roster/, the app's own workbooks and backups on /data/, the reports a town
// or the bureau receives.
import type { Settings } from '../../settings/schema';
import type { BackupLists } from '../formats/backup';
import type { ErrorReply } from '../../storage/import-writer';
import type { Choice, PlanView } from '../merge';
import type { ReceivedFile } from '../read-school-report';
import type { SheetResult } from '../roster-import/sheet';

export type ParseJob =
  | { kind: 'roster'; file: File }
  | { kind: 'own'; files: File[]; passphrase?: string }
  /** Reports a town or the bureau receives: each file read as a report, in the order given. */
  | { kind: 'reports'; files: File[] };
export type ParseResult<J extends ParseJob> = J extends { kind: 'roster' } ? SheetResult
  : J extends { kind: 'reports' } ? ReceivedFile[] : OwnRead;

/** An own-files job once read: the rows stay in the worker, which plans and writes them. */
export interface OwnRead {
  /** One Chinese message per file that could not be read at all. */
  errors: string[];
  /** Settings carried by a backup file, if any. */
  settings: Settings | null;
  /** Lists typed once (expected teachers, schools) carried by a backup file. */
  lists: BackupLists;
  /** An encrypted backup had no passphrase or a wrong one (its message is in `errors`). */
  wrongPassphrase?: boolean;
}

/**
 * The page's questions to a worker holding an own-files job: plan (again, after each choice
 * the user makes) against the stored rows, then write what the last plan decided.
 */
export type OwnAsk =
  | { ask: 'plan'; now: number; choices: [number, Choice][]; takeVisible: number[] }
  /** With the backup's settings when the user restores them: written in the same transaction. */
  | { ask: 'commit'; settings?: Settings };


/** Progress as steps done out of total, with what is happening now in words. */
export interface Progress {
  done: number;
  total: number;
  step: string;
}

export type WorkerMessage =
  | ({ type: 'progress' } & Progress) | { type: 'done'; result: SheetResult | OwnRead | ReceivedFile[] }
  | { type: 'failed' }
  /**
   * A roster sheet's rows, a slice at a time ahead of its 'done' (which then has none):
   * copying 20,000 rows into the page in one message would freeze it on a phone.
   */
  | { type: 'sheetRows'; rows: string[][] }
  /** The answer to 'plan': what the preview shows. */
  | { type: 'planned'; view: PlanView }
  /**
   * The answer to 'commit' for a small import: its rows ({ rows, seen } as JSON), for the
   * page to write itself (done before a user who leaves right after 确认导入 has left).
   */
  | { type: 'writes'; json: string }
  /** A big import, before its transaction starts: rows it writes (checked), a part at a time. */
  | { type: 'readable'; ids: string[]; stamps: number[] }
  /** A big import's rows handed to IndexedDB so far. */
  | { type: 'writing'; done: number; total: number }
  /** A big import written; `settings` whether the backup's settings were written with it. */
  | { type: 'written'; count: number; settings: boolean }
  /** 'plan' or 'commit' failed: nothing was written. */
  | { type: 'error'; error: ErrorReply };

/** Rows per 'sheetRows' message: copying them takes the page a few dozen ms on a slow phone. */
export const ROWS_PER_MESSAGE = 1000;

/** Rows per 'readable' message, each one short task on the page. */
export const IDS_PER_MESSAGE = 5000;

/**
 * At most this many rows are written on the page (faster than a transaction in the worker
 * that the page's exit would end); more are written by the worker that holds them.
 */
export const WRITE_ON_PAGE = 2000;
