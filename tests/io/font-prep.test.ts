import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { subsetFont } from '../render/font';

const SITE = 'http://localhost';
const FONT = '/fonts/NotoSerifSC-subset.ttf';

/** Cache Storage as a browser keeps it: named caches of responses by absolute URL. */
class FakeCaches {
  stores = new Map<string, Map<string, Response>>();
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    const key = (u: string | { url: string }) => new URL(typeof u === 'string' ? u : u.url, SITE).href;
    return {
      match: async (u: string) => store.get(key(u))?.clone(),
      put: async (u: string, res: Response) => void store.set(key(u), res),
      add: async (u: string) => {
        const res = await fetch(u);
        if (!res.ok) throw new TypeError(`${u}: ${res.status}`);
        store.set(key(u), res);
      },
      keys: async () => [...store.keys()].map((url) => ({ url })),
      delete: async (u: { url: string }) => store.delete(key(u)),
    };
  }
}

let font: Uint8Array;
let online = true;
let fetches = 0; // of the font
let writerFetches = 0;
let listFetches = 0;
/** The PDF writer's files in the version the server has (scripts/pdf-writer-chunks.mjs). */
let writer: string[];
let fontResponse: () => Response;
beforeAll(() => { font = subsetFont(); }, 120_000);
beforeEach(() => {
  vi.resetModules(); // each test is a fresh page: nothing loaded in memory
  online = true;
  fetches = 0;
  writerFetches = 0;
  listFetches = 0;
  writer = ['/_astro/font.v1.js', '/_astro/pdf.v1.js'];
  fontResponse = () => new Response(font as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(font.length) } });
  vi.stubGlobal('caches', new FakeCaches());
  vi.stubGlobal('location', { href: `${SITE}/settings/` });
  vi.stubGlobal('fetch', async (url: string) => {
    if (url === '/pdf-writer.json') {
      listFetches++;
      return Response.json(writer); // precached: served offline too
    }
    if (!online) throw new TypeError('Failed to fetch');
    if (url === FONT) {
      fetches++;
      return fontResponse();
    }
    expect(writer).toContain(url);
    writerFetches++;
    return new Response(`// ${url}`);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('离线准备 of the PDF font', () => {
  it('states the real size of the font file', async () => {
    const { FONT_BYTES, FONT_SIZE_TEXT } = await import('../../src/io/font');
    expect(FONT_BYTES).toBe(font.length);
    expect(FONT_SIZE_TEXT).toBe('3.5 MB');
  });

  it('keeps the font in the cache the service worker serves /fonts/ from', async () => {
    const { prepareFont, fontPrepared, FONT_CACHE } = await import('../../src/io/font');
    expect(await fontPrepared()).toBe(false);
    const shares: number[] = [];
    await prepareFont((s) => shares.push(s));
    expect(shares.at(-1)).toBe(1);
    expect(FONT_CACHE).toBe('pdf-font');
    expect(await fontPrepared()).toBe(true);
  });

  it('after 离线准备, a later page makes its first PDF with no network', async () => {
    await (await import('../../src/io/font')).prepareFont();
    vi.resetModules(); // reload the page
    online = false;
    const before = fetches;
    const { loadFont, fontPrepared } = await import('../../src/io/font');
    expect(await fontPrepared()).toBe(true);
    const { bytes } = await loadFont();
    expect(bytes.length).toBe(font.length);
    expect(fetches).toBe(before);
  });

  it('keeps the PDF writer beside the font, and after an update only the new writer is fetched', async () => {
    const { prepareFont, fontPrepared } = await import('../../src/io/font');
    await prepareFont();
    expect([fetches, writerFetches]).toEqual([1, 2]);
    const kept = async () => [...(await (globalThis.caches as unknown as FakeCaches).stores.get('pdf-font')!.keys())].map((u) => new URL(u).pathname).sort();
    expect(await kept()).toEqual(['/_astro/font.v1.js', '/_astro/pdf.v1.js', FONT]);

    writer = ['/_astro/font.v1.js', '/_astro/pdf.v2.js']; // a new version of the app
    vi.resetModules();
    const again = await import('../../src/io/font');
    expect(await again.fontPrepared()).toBe(false); // 离线准备 is offered again
    await again.prepareFont();
    expect([fetches, writerFetches]).toEqual([1, 3]);
    expect(await kept()).toEqual(['/_astro/font.v1.js', '/_astro/pdf.v2.js', FONT]);
    expect(await again.fontPrepared()).toBe(true);
    expect(await fontPrepared()).toBe(true);
  });

  it('offline, a writer not yet kept fails with what to do, in Chinese', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const { loadWriter } = await import('../../src/io/font');
    const load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /_astro/pdf.v1.js'));
    await expect(loadWriter(load)).rejects.toThrow('首次导出 PDF 需要联网下载字体和 PDF 组件（约 3.5 MB），之后可离线使用。有网络时可在“设置 → 离线准备”中提前下载。');
    vi.stubGlobal('navigator', { onLine: true });
    await expect(loadWriter(load)).rejects.toThrow('Failed to fetch dynamically imported module');
  });

  it('the font and a writer part come side by side; online, a failing writer is the error reported', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const { loadFontAndWriter, FONT_BYTES } = await import('../../src/io/font');
    const [loaded, part] = await loadFontAndWriter(async () => 'writer part');
    expect(loaded.bytes.length).toBe(FONT_BYTES);
    expect(part).toBe('writer part');
    await expect(loadFontAndWriter(() => Promise.reject(new Error('writer broke')))).rejects.toThrow('writer broke');
  });

  it('without it, the first PDF offline says how to get the font ahead', async () => {
    online = false;
    vi.stubGlobal('navigator', { onLine: false });
    const { loadFont, loadFontAndWriter } = await import('../../src/io/font');
    await expect(loadFont()).rejects.toThrow(/离线准备/);
    const writerGone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await expect(loadFontAndWriter(writerGone)).rejects.toThrow('首次导出 PDF 需要联网下载字体和 PDF 组件');
  });
});

describe('the font download progress', () => {
  it('counts decoded bytes against the decoded size, when the host sends the font compressed', async () => {
    const parts = 8;
    const step = Math.ceil(font.length / parts);
    // What fetch gives for a brotli-encoded font: the headers tell the compressed length, the
    // body yields the decoded bytes.
    fontResponse = () => new Response(new ReadableStream<Uint8Array>({
      start(c) {
        for (let at = 0; at < font.length; at += step) c.enqueue(font.slice(at, at + step));
        c.close();
      },
    }), { headers: { 'content-encoding': 'br', 'content-length': String(Math.round(font.length * 0.5)) } });
    const { prepareFont } = await import('../../src/io/font');
    const shares: number[] = [];
    await prepareFont((s) => shares.push(s));
    expect(shares).toHaveLength(parts);
    expect(shares[parts / 2 - 1]).toBeCloseTo(0.5, 1); // half the bytes: half the bar
    expect(shares.slice(0, -1).every((s) => s < 1)).toBe(true);
    expect(shares.at(-1)).toBe(1);
  });

  it('reaches a caller that asks while the download is under way (a PDF button warmed it first)', async () => {
    const { loadFont } = await import('../../src/io/font');
    const first: number[] = [];
    const later: number[] = [];
    const a = loadFont((s) => first.push(s));
    const b = loadFont((s) => later.push(s));
    await Promise.all([a, b]);
    expect(fetches).toBe(1);
    expect(later.at(-1)).toBe(1);
    expect(first.at(-1)).toBe(1);
  });
});

describe('warming the PDF writer when the user reaches for a PDF button', () => {
  it('never downloads the font for it: only a font already kept is read', async () => {
    const { warmPdf } = await import('../../src/io/export');
    await warmPdf();
    expect(fetches).toBe(0);
    await (await import('../../src/io/font')).prepareFont();
    expect(fetches).toBe(1);
    await warmPdf();
    expect(fetches).toBe(1);
    // Once warm, a pointer over the button again looks nothing up.
    const lookups = listFetches;
    await warmPdf();
    expect(listFetches).toBe(lookups);
  }, 60_000);
});
