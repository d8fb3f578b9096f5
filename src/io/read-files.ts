import type { Settings } from '../settings/schema';
import { readBackup } from './backup';
import type { Incoming } from './merge';

export interface FilesRead {
  incoming: Incoming[];
  /** One Chinese message per file that could not be read at all. */
  errors: string[];
  /** Settings carried by a backup file, if any. */
  settings: Settings | null;
}

/** Reads the app's own files: exported workbooks (.xlsx) and backups (.json). */
export async function readImportFiles(files: File[]): Promise<FilesRead> {
  const out: FilesRead = { incoming: [], errors: [], settings: null };
  for (const file of files) {
    const name = file.name;
    // By content, not by name: a file saved from a chat app often loses its extension.
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const isZipOrXls = (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf);
    const isJson = !isZipOrXls && /^\s*\{/.test(await file.slice(0, 64).text().then((t) => t.replace(/^\uFEFF/, '')));
    if (isJson) {
      const b = readBackup(await file.text(), name);
      if ('error' in b) out.errors.push(b.error);
      else {
        out.incoming.push(...b.incoming);
        out.settings ??= b.settings;
      }
    } else if (isZipOrXls) {
      // SheetJS is only loaded when a workbook is actually imported.
      const { readOwnWorkbook, workbookIncoming } = await import('./read-workbook');
      const r = readOwnWorkbook(new Uint8Array(await file.arrayBuffer()));
      if (r.error) out.errors.push(`${name}：${r.error}`);
      else for (const inc of workbookIncoming(r, name)) out.incoming.push(inc);
    } else {
      out.errors.push(`${name}：不支持的文件类型，请选择本应用导出的 Excel（.xlsx）或备份文件（.json）。`);
    }
  }
  return out;
}
