import { useEffect, useState } from 'preact/hooks';
import { FONT_SIZE_TEXT, fontPrepared, prepareFont } from '../../io/font';

type State = { kind: 'checking' | 'missing' | 'ready' } | { kind: 'busy'; share: number } | { kind: 'error'; message: string };

/** Whether the PDF font is on this device, and a way to fetch it now: the state of 离线准备. */
export function useFontPrep() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  // Prepared in this view (the banner then says so before it is closed), not found ready.
  const [justPrepared, setJustPrepared] = useState(false);
  useEffect(() => {
    void fontPrepared().then((ok) => setState({ kind: ok ? 'ready' : 'missing' }));
  }, []);
  const prepare = async () => {
    setState({ kind: 'busy', share: 0 });
    try {
      await prepareFont((share) => setState({ kind: 'busy', share }));
      setState({ kind: 'ready' });
      setJustPrepared(true);
    } catch (err) {
      const offline = typeof navigator !== 'undefined' && !navigator.onLine;
      setState({ kind: 'error', message: offline ? '现在没有网络：请联网后再点“离线准备”。' : String((err as Error)?.message ?? err) });
    }
  };
  return { state, prepare, justPrepared };
}

/** The 离线准备 button and what it has done. */
export function FontPrepControl({ prep }: { prep: ReturnType<typeof useFontPrep> }) {
  const { state, prepare } = prep;
  if (state.kind === 'ready')
    return <p class="muted" role="status" data-testid="font-prep">已准备：PDF 字体（{FONT_SIZE_TEXT}）已保存在本机，没有网络也能导出 PDF。</p>;
  return (
    <>
      <button type="button" onClick={prepare} disabled={state.kind === 'busy' || state.kind === 'checking'}>
        离线准备（下载 {FONT_SIZE_TEXT}）
      </button>
      <p class="muted" role="status" data-testid="font-prep">
        {state.kind === 'busy' ? `正在下载字体 ${Math.round(state.share * 100)}%…`
          : state.kind === 'error' ? state.message
          : state.kind === 'missing' ? '尚未准备：第一次导出 PDF 时需要联网下载字体。' : '正在检查…'}
      </p>
    </>
  );
}

/** Settings: 离线准备, so that the first PDF export needs no signal. */
export function OfflinePrep() {
  const prep = useFontPrep();
  return (
    <div class="offline-prep">
      <p class="muted">表格和填写的内容已可离线使用。导出 PDF 还需要一个中文字体（{FONT_SIZE_TEXT}），提前下载后，在没有信号的地方也能导出 PDF。</p>
      <FontPrepControl prep={prep} />
    </div>
  );
}

const DISMISSED = 'fontOfferDismissed';
const standalone = () =>
  typeof matchMedia !== 'undefined' && (matchMedia('(display-mode: standalone)').matches || matchMedia('(display-mode: fullscreen)').matches);

/**
 * After the app is installed (added to the home screen, or opened as one), offers 离线准备
 * once: the user is about to rely on it offline. 以后 hides the offer for good; settings
 * keep the button.
 */
export function InstallFontOffer() {
  const [installed, setInstalled] = useState(false);
  const [dismissed, setDismissed] = useState(true);
  const prep = useFontPrep();
  useEffect(() => {
    setDismissed(localStorage.getItem(DISMISSED) === '1');
    setInstalled(standalone());
    const on = () => setInstalled(true);
    addEventListener('appinstalled', on);
    return () => removeEventListener('appinstalled', on);
  }, []);
  if (!installed || dismissed || prep.state.kind === 'checking') return null;
  if (prep.state.kind === 'ready' && !prep.justPrepared) return null;
  return (
    <div class="banner info offline-prep" role="region" aria-label="离线准备">
      已安装到本机。要在没有网络时导出 PDF，请先下载字体（{FONT_SIZE_TEXT}）。
      <FontPrepControl prep={prep} />
      {prep.state.kind !== 'busy' && (
        <button type="button" class="link" onClick={() => { localStorage.setItem(DISMISSED, '1'); setDismissed(true); }}>
          {prep.state.kind === 'ready' ? '关闭' : '以后'}
        </button>
      )}
    </div>
  );
}
