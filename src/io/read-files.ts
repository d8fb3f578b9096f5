import type { Settings } from '../settings/schema';
import { readBackupFile } from './backup';
import type { BackupLists } from './formats/backup';
import { bytesOver, MAX_BACKUP_MB, MAX_FILE_MB, tooBig } from './limits';
import type { Incoming } from './merge';
import { checkZip } from './zip-guard';

export interface FilesRead {
  incoming: Incoming[];
  /** One Chinese message per file that could not be read at all. */
  errors: string[];
  /** Settings carried by a backup file, if any. */
  settings: Settings | null;
  /** Lists typed once (expected teachers, schools) carried by a backup file. */
  lists: BackupLists;
  /** An encrypted backup had no passphrase or a wrong one: nothing of it was read. */
  wrongPassphrase?: boolean;
}

/** Called as each file is started: its index and name. */
export type FileProgress = (done: number, total: number, name: string) => void;

/**
 * Reads the app's own files: exported workbooks (.xlsx) and backups (.json). Runs in the
 * parsing worker (src/io/parse.worker.ts); it is pure apart from reading the Files.
 */
export async function readImportFiles(files: File[], progress?: FileProgress, passphrase?: string): Promise<FilesRead> {
  const out: FilesRead = { incoming: [], errors: [], settings: null, lists: {} };
  // One by one, never push(...rows): a spread of 120,000+ arguments overflows the stack.
  const add = (rows: Incoming[]) => { for (const r of rows) out.incoming.push(r); };
  for (const [i, file] of files.entries()) {
    const name = file.name;
    progress?.(i, files.length, name);
    // By content, not by name: a file saved from a chat app often loses its extension.
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const isZip = head[0] === 0x50 && head[1] === 0x4b;
    const isZipOrXls = isZip || (head[0] === 0xd0 && head[1] === 0xcf);
    const isJson = !isZipOrXls && /^\s*\{/.test(await file.slice(0, 64).text().then((t) => t.replace(/^\uFEFF/, '')));
    if (isJson) {
      if (bytesOver(file.size, MAX_BACKUP_MB)) { out.errors.push(`${name}：${tooBig(MAX_BACKUP_MB)}`); continue; }
      const b = await readBackupFile(await file.text(), name, passphrase);
      if ('error' in b) {
        out.errors.push(b.error);
        if (b.wrongPassphrase) out.wrongPassphrase = true;
      } else {
        add(b.incoming);
        out.settings ??= b.settings;
        for (const [k, v] of Object.entries(b.lists)) (out.lists as Record<string, unknown>)[k] ??= v;
      }
    } else if (isZipOrXls) {
      if (bytesOver(file.size, MAX_FILE_MB)) { out.errors.push(`${name}：${tooBig(MAX_FILE_MB)}`); continue; }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const refused = isZip ? checkZip(bytes) : null;
      if (refused) { out.errors.push(`${name}：${refused}`); continue; }
      // SheetJS is only loaded when a workbook is actually imported.
      const { readOwnWorkbook, workbookIncoming } = await import('./read-workbook');
      const r = readOwnWorkbook(bytes);
      if (r.error) out.errors.push(`${name}：${r.error}`);
      else add(workbookIncoming(r, name));
    } else {
      out.errors.push(`${name}：不支持的文件类型，请选择本应用导出的 Excel（.xlsx）或备份文件（.json）。`);
    }
  }
  progress?.(files.length, files.length, '');
  return out;
}
