import { useEffect, useState } from 'preact/hooks';

/** Whether this browser keeps the site's data for good (persistent storage), and how much it holds. */
export default function StorageInfo() {
  const [info, setInfo] = useState<string>('正在检查…');
  useEffect(() => {
    (async () => {
      if (!navigator.storage?.estimate) return setInfo('此浏览器无法查询存储情况。');
      const [persisted, est] = await Promise.all([navigator.storage.persisted?.() ?? false, navigator.storage.estimate()]);
      const mb = ((est.usage ?? 0) / 1024 / 1024).toFixed(1);
      setInfo(`${persisted ? '持久存储：是（浏览器不会自动清除）' : '持久存储：否（空间不足时浏览器可能清除数据，请定期备份）'}；已用 ${mb} MB`);
    })();
  }, []);
  return <p class="muted" data-testid="storage-info">{info}</p>;
}
