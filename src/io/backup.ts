import { localIsoDate } from '../calc/calendar';
import type { Settings } from '../settings/schema';
import type { Entry } from '../storage/entry';
import { decryptBackup, isEncrypted } from './backup-crypto';
import { backupHead, parseBackupDoc, type BackupLists } from './formats/backup';
import type { Incoming } from './merge';

// A plain backup is JSON: readable, diffable, and restorable by any later version. An
// encrypted backup (backup-crypto.ts) is this same text, sealed in an envelope. The format
// (versions, keys, the head) is io/formats/backup.ts.

export function makeBackup(entries: Entry[], settings: Settings, lists: BackupLists = {}, now = new Date()): string {
  // Built by hand, one entry at a time: one JSON.stringify of 200,000 entries needs them all
  // as one object graph and one string at once.
  const head = JSON.stringify(backupHead(settings, lists, now));
  const parts = [head.slice(0, -1), ',"entries":['];
  entries.forEach((e, i) => parts.push(i ? ',' : '', JSON.stringify(e)));
  parts.push(']}');
  return parts.join('');
}

/**
 * e.g. 城关中学_家访控辍保学备份_20211026.json: dated by the device's own calendar, so that a
 * backup made at 7 a.m. in Beijing is not named after yesterday (the UTC date).
 */
export function backupFileName(settings: Pick<Settings, 'unit'>, now = new Date()): string {
  const stamp = localIsoDate(now).replaceAll('-', '');
  return `${settings.unit || '本机'}_家访控辍保学备份_${stamp}.json`.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '');
}

export type BackupRead =
  | { incoming: Incoming[]; settings: Settings | null; lists: BackupLists }
  | { error: string; wrongPassphrase?: boolean };

/** Messages of a file that needs a passphrase and got none or a wrong one. */
export const NEEDS_PASSPHRASE = '此备份已加密，请输入备份密码。';

/** Reads a backup file's text, decrypting it with `passphrase` when it is encrypted. */
export async function readBackupFile(text: string, source: string, passphrase?: string): Promise<BackupRead> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `${source}：文件已损坏或不是本应用的备份文件。` };
  }
  if (!isEncrypted(doc)) return readBackupDoc(doc, source);
  if (!passphrase) return { error: `${source}：${NEEDS_PASSPHRASE}`, wrongPassphrase: true };
  const plain = await decryptBackup(doc, passphrase);
  if ('error' in plain) return { error: `${source}：${plain.error}`, wrongPassphrase: true };
  return readBackup(plain.text, source);
}

export function readBackup(text: string, source: string): BackupRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `${source}：文件已损坏或不是本应用的备份文件。` };
  }
  return readBackupDoc(doc, source);
}

function readBackupDoc(parsed: unknown, source: string): BackupRead {
  const doc = parseBackupDoc(parsed);
  if ('refused' in doc)
    return { error: doc.refused === 'newer' ? `${source}：此备份来自更新版本的应用，请先更新应用。` : `${source}：这不是本应用的备份文件。` };
  return {
    settings: doc.settings,
    lists: doc.lists,
    incoming: doc.entries.map((raw, i) => ({ source, row: i + 1, raw })),
  };
}
