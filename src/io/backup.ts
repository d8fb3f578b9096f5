import { localIsoDate } from '../calc/calendar';
import { settingsSchema, type Settings } from '../settings/schema';
import type { Entry } from '../storage/entry';
import type { Incoming } from './merge';

// A backup is plain JSON: readable, diffable, and restorable by any later version.
const APP = 'jiafang-form-pack';
const FORMAT = 1;

export function makeBackup(entries: Entry[], settings: Settings, now = new Date()): string {
  return JSON.stringify({ app: APP, format: FORMAT, exportedAt: now.toISOString(), settings, entries });
}

/**
 * e.g. 城关中学_家访控辍保学备份_20211026.json: dated by the device's own calendar, so that a
 * backup made at 7 a.m. in Beijing is not named after yesterday (the UTC date).
 */
export function backupFileName(settings: Pick<Settings, 'unit'>, now = new Date()): string {
  const stamp = localIsoDate(now).replaceAll('-', '');
  return `${settings.unit || '本机'}_家访控辍保学备份_${stamp}.json`.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '');
}

export type BackupRead = { incoming: Incoming[]; settings: Settings | null } | { error: string };

export function readBackup(text: string, source: string): BackupRead {
  let doc: { app?: unknown; format?: unknown; settings?: unknown; entries?: unknown };
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `${source}：文件已损坏或不是本应用的备份文件。` };
  }
  if (doc?.app !== APP || !Array.isArray(doc.entries)) return { error: `${source}：这不是本应用的备份文件。` };
  if (typeof doc.format !== 'number' || doc.format > FORMAT)
    return { error: `${source}：此备份来自更新版本的应用，请先更新应用。` };
  const settings = settingsSchema.safeParse(doc.settings);
  return {
    settings: settings.success ? settings.data : null,
    incoming: doc.entries.map((raw, i) => ({ source, row: i + 1, raw })),
  };
}
