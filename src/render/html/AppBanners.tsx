import { useEffect, useState } from 'preact/hooks';
import { flushAll } from './autosave';

/**
 * Two things every page may need to say: that it runs inside WeChat (downloads blocked,
 * no offline on iOS), and that a new version is ready, applied only when the user agrees.
 */
export default function AppBanners() {
  const [wechat, setWechat] = useState(false);
  const [update, setUpdate] = useState<null | ((reload?: boolean) => Promise<void>)>(null);

  useEffect(() => {
    setWechat(/MicroMessenger/i.test(navigator.userAgent));
    if (!('serviceWorker' in navigator)) return;
    import('virtual:pwa-register').then(({ registerSW }) => {
      const updateSW = registerSW({ onNeedRefresh: () => setUpdate(() => updateSW) });
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
          <button type="button" onClick={async () => { await flushAll(); await update(true); }}>立即更新</button>
          <button type="button" class="link" onClick={() => setUpdate(null)}>稍后</button>
        </div>
      )}
    </>
  );
}
