import { useEffect, useState } from 'preact/hooks';
import { LINK_LABELS } from '../../io/share-link';
import { ROLE_LABELS } from '../../settings/roles';
import type { Role } from '../../settings/schema';
import {
  clearLinkNotice, LINK_NOTICE_EVENT, pendingLinkNotice, takeLinkValues, type LinkNotice,
} from '../../storage/settings';

const shown = (key: string, v: string) => (key === 'role' ? ROLE_LABELS[v as Role] ?? v : v);

/** Tells what a shared link set on this device, and asks before it replaces anything. */
export function LinkNoticeBanner() {
  const [notice, setNotice] = useState<LinkNotice | null>(null);
  useEffect(() => {
    // What was only filled in is said once, on the page the link opened; a question
    // waits on every page until it is answered.
    const show = (n: LinkNotice | null) => {
      if (n && !n.differ.length) clearLinkNotice();
      setNotice(n);
    };
    show(pendingLinkNotice());
    const on = (e: Event) => show((e as CustomEvent<LinkNotice>).detail);
    window.addEventListener(LINK_NOTICE_EVENT, on);
    return () => window.removeEventListener(LINK_NOTICE_EVENT, on);
  }, []);
  if (!notice) return null;
  const close = () => { clearLinkNotice(); setNotice(null); };
  const filled = Object.entries(notice.filled);
  return (
    <div class="banner info" role="status" data-testid="link-notice">
      {filled.length > 0 && (
        <p>已从链接填入设置：{filled.map(([k, v]) => `${LINK_LABELS[k as keyof typeof LINK_LABELS]} ${shown(k, v!)}`).join('，')}。</p>
      )}
      {notice.differ.length > 0 && (
        <>
          <p>链接中的设置与本机不同：</p>
          <ul>
            {notice.differ.map((d) => (
              <li key={d.key}>{LINK_LABELS[d.key]}：链接中为“{shown(d.key, d.link)}”，本机为“{shown(d.key, d.here)}”</li>
            ))}
          </ul>
          <button type="button" onClick={async () => { await takeLinkValues(notice.differ); close(); }}>改用链接中的设置</button>
          <button type="button" class="link" onClick={close}>保留本机设置</button>
        </>
      )}
      {!notice.differ.length && <button type="button" class="link" onClick={close}>知道了</button>}
    </div>
  );
}
