import { defaultSettings, ROLES, settingsSchema, type Role, type Settings } from '../settings/schema';
import { planShareLink, type LinkDiffer, type LinkValues } from '../io/share-link';
import { db } from './db';

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

/** Where a shared link's effect on settings waits for the banner that tells the user. */
const LINK_NOTICE = 'jiafang:link-notice';
export const LINK_NOTICE_EVENT = 'jiafang:link-notice';

export interface LinkNotice { filled: LinkValues; differ: LinkDiffer[] }

/**
 * A shared link opened on this device: empty settings are filled from it at once (and the
 * user is told which), settings that differ wait for the user's answer (AppBanners).
 */
export async function adoptShareLink(shared: LinkValues): Promise<LinkNotice> {
  const s = await loadSettings();
  const { fill, differ } = planShareLink(s, shared);
  if (Object.keys(fill).length) await saveSettings({ ...s, ...fill } as Settings);
  const notice: LinkNotice = { filled: fill, differ };
  if (Object.keys(fill).length || differ.length) {
    try {
      sessionStorage.setItem(LINK_NOTICE, JSON.stringify(notice));
    } catch {
      /* the event below still reaches a banner already on the page */
    }
    if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(LINK_NOTICE_EVENT, { detail: notice }));
  }
  return notice;
}

export function pendingLinkNotice(): LinkNotice | null {
  try {
    return JSON.parse(sessionStorage.getItem(LINK_NOTICE) ?? 'null') as LinkNotice | null;
  } catch {
    return null;
  }
}

export function clearLinkNotice(): void {
  try {
    sessionStorage.removeItem(LINK_NOTICE);
  } catch {
    /* nothing to clear */
  }
}

/** The user chose the link's values over this device's. */
export async function takeLinkValues(differ: LinkDiffer[]): Promise<Settings> {
  const s = await loadSettings();
  return saveSettings({ ...s, ...Object.fromEntries(differ.map((d) => [d.key, d.link])) } as Settings);
}
