import { useState } from 'preact/hooks';
import type { DeviceStores } from '../../storage/clear-device';
import BackupButton from './BackupButton';

type Step =
  | { kind: 'idle' }
  | { kind: 'backup' }
  | { kind: 'confirm'; entries: number | null }
  | { kind: 'clearing'; blocked: boolean }
  | { kind: 'done'; left: DeviceStores }
  | { kind: 'error'; message: string };

const WORD = '清除';
// The database (Dexie) loads when the user starts, not with the settings page.
const clearing = () => import('../../storage/clear-device');
const count = (n: number | null, unit: string) => (n === null ? '无法查询' : `${n} ${unit}`);

/**
 * 清除本设备数据, for leaving a shared PC clean: a backup first, then a typed confirmation
 * that says what goes, then the counts of what is left (all storage is in clear-device.ts).
 */
export default function ClearDevice() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [typed, setTyped] = useState('');

  const confirm = async () => {
    setTyped('');
    setStep({ kind: 'confirm', entries: await clearing().then((m) => m.storedEntryCount()).catch(() => null) });
  };
  const run = async () => {
    setStep({ kind: 'clearing', blocked: false });
    try {
      const { clearDevice } = await clearing();
      const left = await clearDevice(() => setStep({ kind: 'clearing', blocked: true }));
      setStep({ kind: 'done', left });
    } catch (e) {
      setStep({ kind: 'error', message: `清除未完成：${e instanceof Error ? e.message : String(e)}。请关闭本网站的其他页面后重试。` });
    }
  };

  return (
    <section class="clear-device" aria-labelledby="clear-device-h">
      <h2 id="clear-device-h">清除本设备数据</h2>
      <p class="muted">在公用电脑上用完后，可删除本网站在此浏览器中保存的全部内容。</p>
      {step.kind === 'idle' && (
        <button type="button" class="danger" onClick={() => setStep({ kind: 'backup' })}>清除本设备数据…</button>
      )}
      {step.kind === 'backup' && (
        <div class="clear-step">
          <p>第一步：先备份。清除后，本机上的记录无法找回。</p>
          <BackupButton />
          <div class="actions">
            <button type="button" onClick={confirm}>下一步</button>
            <button type="button" class="link" onClick={() => setStep({ kind: 'idle' })}>取消</button>
          </div>
        </div>
      )}
      {step.kind === 'confirm' && (
        <div class="clear-step" data-testid="clear-confirm">
          <p>第二步：确认清除。将从此浏览器中删除：</p>
          <ul>
            <li>全部记录（{step.entries === null ? '数量无法读取' : `共 ${step.entries} 条`}：花名册、家访记录及各附件）和全部设置</li>
            <li>尚未写入的草稿副本、使用身份等本地存储</li>
            <li>离线使用的页面缓存和 PDF 字体</li>
            <li>离线后台服务（Service Worker）</li>
          </ul>
          <p>此操作无法撤销。</p>
          <div class="field">
            <label for="clear-word">请输入“{WORD}”两字以确认</label>
            <input id="clear-word" value={typed} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="button" class="primary" disabled={typed.trim() !== WORD} onClick={run}>确认清除</button>
            <button type="button" class="link" onClick={() => setStep({ kind: 'idle' })}>取消</button>
          </div>
        </div>
      )}
      {step.kind === 'clearing' && (
        <p role="status">{step.blocked ? '正在清除……本网站的其他页面仍开着，请先关闭它们。' : '正在清除……'}</p>
      )}
      {step.kind === 'error' && <p class="banner error" role="alert">{step.message}</p>}
      {step.kind === 'done' && (
        <div class="clear-step" role="status" data-testid="clear-done">
          <p>已清除。此浏览器中本网站剩余的内容：</p>
          <ul>
            <li data-testid="left-databases">数据库（IndexedDB）：{count(step.left.databases, '个')}</li>
            <li data-testid="left-storage">本地存储（localStorage）：{count(step.left.storageKeys, '项')}</li>
            <li data-testid="left-caches">缓存（Cache Storage）：{count(step.left.caches, '个')}</li>
            <li data-testid="left-workers">后台服务（Service Worker）：{count(step.left.serviceWorkers, '个')}</li>
          </ul>
          <p>现在可以关闭此窗口。再次打开本网站时，页面会重新下载，不含任何记录。</p>
        </div>
      )}
    </section>
  );
}
