import { fontCodePoints, missingChars } from './font-coverage';
import { keepWriter, writerKept } from './pdf-writer';

// The PDF font is too large (FONT_BYTES) for every first visit to download, so the service
// worker does not precache it. It is fetched on the first PDF export, or ahead of time with
// 离线准备 (prepareFont), and kept in the Cache Storage cache that the service worker's
// CacheFirst route for /fonts/ reads (astro.config.mjs, cacheName 'pdf-font'). The page
// reads and writes that cache itself too, so a font saved while no service worker controlled
// the page (the very first visit) still serves every later PDF with no signal.
export const FONT_URL = '/fonts/NotoSerifSC-subset.ttf';
export const FONT_CACHE = 'pdf-font';
/** Size of public/fonts/NotoSerifSC-subset.ttf (checked against the file by a unit test). */
export const FONT_BYTES = 3_721_632;
export const FONT_SIZE_TEXT = `${(FONT_BYTES / 1024 / 1024).toFixed(1)} MB`;
const OFFLINE_PDF = `首次导出 PDF 需要联网下载字体和 PDF 组件（约 ${FONT_SIZE_TEXT}），之后可离线使用。有网络时可在“设置 → 离线准备”中提前下载。`;

/** The font's bytes and the code points it covers. */
export interface LoadedFont { bytes: Uint8Array; covered: Set<number> }

let loading: Promise<LoadedFont> | null = null;
/** Everyone waiting for the download hears its progress, not only the first caller. */
const listeners = new Set<(share: number) => void>();
let loaded = false;

/** The font's cache; undefined in a browser without Cache Storage (or with it blocked), which just fetches. */
async function fontCache(): Promise<Cache | undefined> {
  try {
    return typeof caches === 'undefined' ? undefined : await caches.open(FONT_CACHE);
  } catch {
    return undefined;
  }
}

const cached = async (): Promise<Response | undefined> => (await fontCache())?.match(FONT_URL).catch(() => undefined);

/** The font as kept on this device, or null when it has not been fetched yet. */
async function fromCache(): Promise<Uint8Array | null> {
  const hit = await cached();
  try {
    // Through a Blob: Chromium hands a cached body over that way in about half the time that
    // Response.arrayBuffer() takes (3.5 MB, 4x CPU: 0.12-0.2 s against 0.2-0.38 s).
    return hit ? new Uint8Array(await (await hit.blob()).arrayBuffer()) : null;
  } catch {
    return null;
  }
}

async function keep(bytes: Uint8Array): Promise<void> {
  try {
    await (await fontCache())?.put(FONT_URL, new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': 'font/ttf', 'content-length': String(bytes.length) },
    }));
  } catch {
    // Storage full or blocked: this export still works, the next one fetches again.
  }
}

async function fetchWithProgress(onProgress: (share: number) => void): Promise<Uint8Array> {
  const res = await fetch(FONT_URL);
  if (!res.ok || !res.body) throw new Error(`字体下载失败（${res.status}）`);
  // The reader yields decoded bytes: measure them against the decoded size. content-length
  // is the compressed size when the host compresses the font (about half), so the bar read
  // 100% half-way through.
  const total = FONT_BYTES;
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.length;
    onProgress(Math.min(1, got / total));
  }
  const out = new Uint8Array(got);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let keeping: Promise<void> | null = null;

/** The PDF writer's files beside the font (io/pdf-writer.ts); one copy under way at a time. */
function keepWriterNow(): Promise<void> {
  keeping ??= (async () => {
    try {
      const cache = await fontCache();
      if (cache) await keepWriter(cache);
    } catch {
      // Offline or storage full: the next PDF or 离线准备 tries again.
    } finally {
      keeping = null;
    }
  })();
  return keeping;
}

/** A failed fetch of the font or the writer; with no signal, it says what to do instead. */
const failed = (err: unknown): Error => (navigator.onLine ? (err instanceof Error ? err : new Error(String(err))) : new Error(OFFLINE_PDF));

/**
 * Loads a part of the PDF writer (`import('…/render/pdf…')`). With no signal and the writer
 * not yet kept, the browser's "Failed to fetch dynamically imported module" becomes OFFLINE_PDF.
 */
export async function loadWriter<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    throw failed(err);
  }
}

/**
 * The font and a part of the writer, fetched side by side. When both fail (no signal), the
 * font's error is the one reported: it is the one to get ready for.
 */
export async function loadFontAndWriter<T>(load: () => Promise<T>, onProgress?: (share: number) => void): Promise<[LoadedFont, T]> {
  const writer = loadWriter(load);
  writer.catch(() => undefined);
  const font = await loadFont(onProgress);
  return [font, await writer];
}

async function fontBytes(onProgress: (share: number) => void): Promise<Uint8Array> {
  const kept = await fromCache();
  if (kept) return kept;
  const bytes = await fetchWithProgress(onProgress);
  await keep(bytes);
  return bytes;
}

/**
 * The font's bytes and the code points it covers. `covered` is read from the font when first
 * asked for: the PDF export asks jsPDF's own parse instead (render/pdf/font.ts parseFont).
 */
export function loadFont(onProgress: (share: number) => void = () => {}) {
  if (!loaded) listeners.add(onProgress);
  loading ??= fontBytes((share) => listeners.forEach((l) => l(share)))
    .then((bytes) => {
      loaded = true;
      listeners.clear();
      void keepWriterNow();
      let covered: Set<number> | undefined;
      return { bytes, get covered() { return (covered ??= fontCodePoints(bytes, { bmpOnly: true })); } };
    })
    .catch((err) => {
      loading = null; // let the next try fetch again
      listeners.clear();
      throw failed(err);
    });
  return loading;
}

/** Whether the PDF font and writer are kept on this device, so that PDFs can be made with no signal. */
export async function fontPrepared(): Promise<boolean> {
  const cache = await fontCache();
  try {
    return !!cache && (await cache.match(FONT_URL)) !== undefined && (await writerKept(cache));
  } catch {
    return false;
  }
}

/** 离线准备: fetches the PDF font and writer now and keeps them, so the first PDF export needs no network. */
export async function prepareFont(onProgress: (share: number) => void = () => {}): Promise<void> {
  await loadFont(onProgress);
  await keepWriterNow();
  if (!(await fontPrepared())) throw new Error('字体已下载，但浏览器未能保存到本机（存储空间可能不足）。');
}

/** Characters of `text` that the PDF font cannot draw (jsPDF would drop them silently). */
export async function charsMissingFromFont(text: string): Promise<string[]> {
  const { covered } = await loadFont();
  return missingChars(text, covered);
}
