import type { LinkDiffer, LinkValues } from '../io/share-link';

// A shared link's pending offer, kept in sessionStorage. Apart from settings.ts so that the
// banner every page shows reads it without loading Dexie and the settings schema; only 采用
// loads those.

/** Where a shared link's offer waits for the user's answer (on every page, until answered). */
const LINK_NOTICE = 'jiafang:link-notice';
export const LINK_NOTICE_EVENT = 'jiafang:link-notice';

/** What a shared link would set: settings empty here (`fill`) and settings it would replace. */
export interface LinkNotice { fill: LinkValues; differ: LinkDiffer[] }

export function publishLinkNotice(notice: LinkNotice): void {
  try {
    sessionStorage.setItem(LINK_NOTICE, JSON.stringify(notice));
  } catch {
    /* the event below still reaches a banner already on the page */
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(LINK_NOTICE_EVENT, { detail: notice }));
}

export function pendingLinkNotice(): LinkNotice | null {
  try {
    const n = JSON.parse(sessionStorage.getItem(LINK_NOTICE) ?? 'null') as Partial<LinkNotice> | null;
    return n ? { fill: n.fill ?? {}, differ: n.differ ?? [] } : null;
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
