import { fontCodePoints, missingChars } from './font-coverage';

// The PDF font (about 3.5 MB) is fetched on the first PDF export only; the service worker
// keeps it (CacheFirst), so later exports work offline.
const URL_ = '/fonts/NotoSerifSC-subset.ttf';

let loading: Promise<{ bytes: Uint8Array; covered: Set<number> }> | null = null;

async function fetchWithProgress(onProgress: (share: number) => void): Promise<Uint8Array> {
  const res = await fetch(URL_);
  if (!res.ok || !res.body) throw new Error(`字体下载失败（${res.status}）`);
  const total = Number(res.headers.get('content-length')) || 0;
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.length;
    if (total) onProgress(Math.min(1, got / total));
  }
  const out = new Uint8Array(got);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function loadFont(onProgress: (share: number) => void = () => {}) {
  loading ??= fetchWithProgress(onProgress)
    .then((bytes) => ({ bytes, covered: fontCodePoints(bytes, { bmpOnly: true }) }))
    .catch((err) => {
      loading = null; // let the next try fetch again
      throw new Error(navigator.onLine ? String(err?.message ?? err) : '首次导出 PDF 需要联网下载字体（约 3.5 MB），之后可离线使用。');
    });
  return loading;
}

/** Characters of `text` that the PDF font cannot draw (jsPDF would drop them silently). */
export async function charsMissingFromFont(text: string): Promise<string[]> {
  const { covered } = await loadFont();
  return missingChars(text, covered);
}
