import { defaultSettings, ROLES, settingsSchema, type Role, type Settings } from '../settings/schema';
import { planShareLink, type LinkValues } from '../io/share-link';
import { db } from './db';
import { publishLinkNotice, type LinkNotice } from './link-notice';

export { clearLinkNotice, LINK_NOTICE_EVENT, pendingLinkNotice, type LinkNotice } from './link-notice';

// Settings typed just before the tab closes may never reach IndexedDB: the closing tab
// leaves them here (synchronously), and they count as the settings until the next save.
const JOURNAL = 'jiafang:settings-journal';

/**
 * The role, mirrored where a page's first script can read it synchronously (IndexedDB is
 * async): the static nav and home page order follow it before any island has loaded.
 */
export const ROLE_MIRROR = 'jiafang:role';

function mirrorRole(s: Settings): void {
  try {
    if (s.role) localStorage.setItem(ROLE_MIRROR, s.role);
    else localStorage.removeItem(ROLE_MIRROR);
  } catch {
    /* disabled storage: pages show the default (school) view */
  }
  if (typeof document !== 'undefined') {
    if (s.role) document.documentElement.dataset.role = s.role;
    else delete document.documentElement.dataset.role;
  }
}

/** The role as last saved, read synchronously (for a button's first render, before IndexedDB answers). */
export function mirroredRole(): Role | undefined {
  try {
    const r = localStorage.getItem(ROLE_MIRROR);
    return (ROLES as readonly string[]).includes(r ?? '') ? (r as Role) : undefined;
  } catch {
    return undefined;
  }
}

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
  const s = journalled() ?? (parsed.success ? parsed.data : defaultSettings());
  mirrorRole(s);
  return s;
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
