// The backup file format: its app mark, versions and keys, and the plain backup's head, for the writers (io/backup.ts, io/backup-crypto.ts) and the reader (io/backup.ts).
import { settingsSchema, type Settings } from '../../settings/schema';
import type { ListKey } from '../../storage/stored-list';

/** `app` of every backup, plain or encrypted: tells our files from anyone else's JSON. */
export const APP = 'jiafang-form-pack';
/** The plain backup's layout. Rises when it changes; a reader refuses a file from a newer one. */
export const BACKUP_FORMAT = 1;
/** `format` of the encrypted envelope (README, "Backup file format"), and its own version. */
export const ENCRYPTED_FORMAT = 'encrypted-backup';
export const ENCRYPTED_VERSION = 1;

/** Lists typed once on this device (expected teachers, schools), by their settings key. */
export type BackupLists = Partial<Record<ListKey, unknown[]>>;

/** The plain backup's keys, in the order they are written; `entries` last, as it is the bulk. */
export const BACKUP_KEYS = ['app', 'format', 'exportedAt', 'settings', 'lists', 'entries'] as const;

/** Everything of a plain backup but its entries. */
export interface BackupHead {
  app: typeof APP;
  format: number;
  exportedAt: string;
  settings: Settings;
  lists: BackupLists;
}

export const backupHead = (settings: Settings, lists: BackupLists, now: Date): BackupHead =>
  ({ app: APP, format: BACKUP_FORMAT, exportedAt: now.toISOString(), settings, lists });

/** What a parsed plain backup holds, or why it is not one we can read. */
export type BackupDoc =
  | { settings: Settings | null; lists: BackupLists; entries: unknown[] }
  | { refused: 'notOurs' | 'newer' };

/**
 * Checks a parsed plain backup against the format: ours, not newer than this version. Entries
 * stay raw (each is parsed with its form's schema by the merge); settings that do not parse
 * are dropped rather than refusing the records.
 */
export function parseBackupDoc(parsed: unknown): BackupDoc {
  const doc = parsed as Partial<Record<(typeof BACKUP_KEYS)[number], unknown>> | null;
  if (doc?.app !== APP || !Array.isArray(doc.entries)) return { refused: 'notOurs' };
  if (typeof doc.format !== 'number' || doc.format > BACKUP_FORMAT) return { refused: 'newer' };
  const settings = settingsSchema.safeParse(doc.settings);
  const lists = doc.lists && typeof doc.lists === 'object' ? doc.lists as Record<string, unknown> : {};
  return {
    settings: settings.success ? settings.data : null,
    lists: Object.fromEntries(Object.entries(lists).filter(([, v]) => Array.isArray(v))) as BackupLists,
    entries: doc.entries,
  };
}
