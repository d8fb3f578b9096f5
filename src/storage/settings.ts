import { defaultSettings, settingsSchema, type Settings } from '../settings/schema';
import { db } from './db';

// Settings typed just before the tab closes may never reach IndexedDB: the closing tab
// leaves them here (synchronously), and they count as the settings until the next save.
const JOURNAL = 'jiafang:settings-journal';

export function journalSettings(s: Settings): void {
  try {
    localStorage.setItem(JOURNAL, JSON.stringify(s));
  } catch {
    /* full or disabled: the IndexedDB write is still attempted */
  }
}

function journalled(): Settings | undefined {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(localStorage.getItem(JOURNAL) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function loadSettings(): Promise<Settings> {
  const row = await db().settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return journalled() ?? (parsed.success ? parsed.data : defaultSettings());
}

export async function saveSettings(s: Settings): Promise<Settings> {
  const value = settingsSchema.parse(s);
  await db().settings.put({ key: 'settings', value });
  try {
    localStorage.removeItem(JOURNAL);
  } catch {
    /* nothing to clear */
  }
  return value;
}
