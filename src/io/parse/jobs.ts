// What the parsing worker is asked and what it answers. One worker reads every imported
// file: rosters on /roster/, the app's own workbooks and backups on /data/.
import type { FilesRead } from '../read-files';
import type { SheetResult } from '../roster-import/sheet';

export type ParseJob = { kind: 'roster'; file: File } | { kind: 'own'; files: File[] };
export type ParseResult<J extends ParseJob> = J extends { kind: 'roster' } ? SheetResult : FilesRead;

/** Progress as steps done out of total, with what is happening now in words. */
export interface Progress {
  done: number;
  total: number;
  step: string;
}

export type WorkerMessage =
  | ({ type: 'progress' } & Progress) | { type: 'done'; result: SheetResult | FilesRead }
  | { type: 'failed' }
  /**
   * A roster sheet's rows, a slice at a time ahead of its 'done' (which then has none):
   * copying 20,000 rows into the page in one message would freeze it on a phone.
   */
  | { type: 'sheetRows'; rows: string[][] }
  /**
   * Checked rows of an own-file job (Incoming[] as JSON: the page parses JSON several times
   * faster than it receives as many objects), sent in parts before 'done' (whose `incoming` is then empty).
   */
  | { type: 'incoming'; json: string };

/** Rows per 'sheetRows' message: copying them takes the page a few dozen ms on a slow phone. */
export const ROWS_PER_MESSAGE = 1000;
