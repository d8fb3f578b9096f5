import { defaultSettings, settingsSchema, type Settings } from '../settings/schema';
import { db } from './db';

export async function loadSettings(): Promise<Settings> {
  const row = await db().settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

export async function saveSettings(s: Settings): Promise<Settings> {
  const value = settingsSchema.parse(s);
  await db().settings.put({ key: 'settings', value });
  return value;
}
