import { settingsSchema, type Settings } from '../settings/schema';
import { planShareLink, type LinkValues } from '../io/share-link';
import { db } from './db';
import { publishLinkNotice, type LinkNotice } from './link-notice';

import { announceSettings, JOURNAL, mirrorRole, settleSettings } from './settings-read';

export { journalSettings, mirroredRole, ROLE_MIRROR } from './settings-read';
export { clearLinkNotice, LINK_NOTICE_EVENT, pendingLinkNotice, type LinkNotice } from './link-notice';

export async function loadSettings(): Promise<Settings> {
  return settleSettings((await db().settings.get('settings'))?.value);
}

export async function saveSettings(s: Settings): Promise<Settings> {
  const value = settingsSchema.parse(s);
  await db().settings.put({ key: 'settings', value });
  mirrorRole(value);
  try {
    localStorage.removeItem(JOURNAL);
  } catch {
    /* nothing to clear */
  }
  announceSettings(value);
  return value;
}

/**
 * A shared link opened on this device. Nothing is saved: a crafted link must not set this
 * device's unit, teacher, school email or role behind the user's back (issue 16). What it
 * would change is kept for the banner (LinkNoticeBanner), which shows the values and asks
 * 采用 / 不采用; only takeLinkValues writes them.
 */
export async function offerShareLink(shared: LinkValues): Promise<LinkNotice | null> {
  const { fill, differ } = planShareLink(await loadSettings(), shared);
  if (!Object.keys(fill).length && !differ.length) return null;
  const notice: LinkNotice = { fill, differ };
  publishLinkNotice(notice);
  return notice;
}

/** The user tapped 采用: the link's values, those shown to her, become this device's settings. */
export async function takeLinkValues(notice: LinkNotice): Promise<Settings> {
  const s = await loadSettings();
  return saveSettings({ ...s, ...notice.fill, ...Object.fromEntries(notice.differ.map((d) => [d.key, d.link])) } as Settings);
}
