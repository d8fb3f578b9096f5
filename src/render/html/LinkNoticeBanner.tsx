import { useEffect, useState } from 'preact/hooks';
import { LINK_LABELS } from '../../io/share-link';
import { ROLE_LABELS } from '../../settings/roles';
import type { Role } from '../../settings/role-ids';
import { clearLinkNotice, LINK_NOTICE_EVENT, pendingLinkNotice, type LinkNotice } from '../../storage/link-notice';

const shown = (key: string, v: string) => (key === 'role' ? ROLE_LABELS[v as Role] ?? v : v);

/**
 * A shared link's settings, shown with this device's, and saved only on 采用: a link anyone
 * can craft never sets the unit, teacher or role silently. The question waits on every
 * page until it is answered.
 */
export function LinkNoticeBanner() {
  const [notice, setNotice] = useState<LinkNotice | null>(null);
  const [taken, setTaken] = useState(false);
  useEffect(() => {
    setNotice(pendingLinkNotice());
    const on = (e: Event) => setNotice((e as CustomEvent<LinkNotice>).detail);
    window.addEventListener(LINK_NOTICE_EVENT, on);
    return () => window.removeEventListener(LINK_NOTICE_EVENT, on);
  }, []);
  if (taken)
    return (
      <div class="banner info" role="status" data-testid="link-notice">
        <p>已采用链接中的设置，可在“设置”中修改。</p>
        <button type="button" class="link" onClick={() => setTaken(false)}>知道了</button>
      </div>
    );
  if (!notice) return null;
  const close = () => { clearLinkNotice(); setNotice(null); };
  const rows = [
    ...Object.entries(notice.fill).map(([k, v]) => ({ key: k as keyof typeof LINK_LABELS, link: v!, here: '' })),
    ...notice.differ,
  ];
  return (
    <div class="banner info" role="status" data-testid="link-notice">
      <p>此链接要修改本机设置，采用后才保存：</p>
      <ul>
        {rows.map((d) => (
          <li key={d.key}>
            {LINK_LABELS[d.key]}：链接中为“{shown(d.key, d.link)}”，本机{d.here ? `为“${shown(d.key, d.here)}”` : '未设置'}
          </li>
        ))}
      </ul>
      <button type="button" onClick={async () => {
        // Dexie and the settings schema load only now: most pages never show this banner.
        const { takeLinkValues } = await import('../../storage/settings');
        await takeLinkValues(notice); close(); setTaken(true);
      }}>采用</button>
      <button type="button" class="link" onClick={close}>不采用</button>
    </div>
  );
}
