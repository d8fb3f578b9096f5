import { useEffect, useState } from 'preact/hooks';
import { inWeChat } from '../../io/download';
import { flushAll } from '../../storage/open-sessions';
import { InstallFontOffer } from './OfflinePrep';
import { LinkNoticeBanner } from './LinkNoticeBanner';

/**
 * Two things every page may need to say: that it runs inside WeChat (downloads blocked,
 * no offline on iOS), and that a new version is ready, applied only when the user agrees.
 * Only the tab whose user taps 立即更新 reloads: another tab's update never reloads this
 * one (virtual:pwa-register reloads every tab the new service worker takes over).
 */
export default function AppBanners() {
  const [wechat, setWechat] = useState(false);
  const [update, setUpdate] = useState<null | (() => Promise<void>)>(null);

  useEffect(() => {
    setWechat(inWeChat());
    if (!('serviceWorker' in navigator)) return;
    void import('workbox-window').then(({ Workbox }) => {
      const wb = new Workbox('/sw.js', { scope: '/' });
      const apply = async () => {
        await flushAll();
        const reg = await navigator.serviceWorker.getRegistration();
        // Already activated by another tab: this tab only needs its own reload.
        if (!reg?.waiting) return location.reload();
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        wb.messageSkipWaiting();
      };
      wb.addEventListener('waiting', () => setUpdate(() => apply));
      void wb.register();
    });
  }, []);

  return (
    <>
      {wechat && (
        <div class="banner warn" role="alert">
          微信内无法下载文件、也不能离线使用。请点右上角 “…” → “在浏览器打开”。
        </div>
      )}
      {update && (
        <div class="banner info" role="status">
          有新版本。已填写的内容都已保存在本机，更新后不会丢失。
          <button type="button" onClick={update}>立即更新</button>
          <button type="button" class="link" onClick={() => setUpdate(null)}>稍后</button>
        </div>
      )}
      <LinkNoticeBanner />
      <InstallFontOffer />
    </>
  );
}
