import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { subsetFont } from '../render/font';

/** Cache Storage as a browser keeps it: named caches of responses by URL. */
class FakeCaches {
  stores = new Map<string, Map<string, Response>>();
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    return {
      match: async (url: string) => store.get(url)?.clone(),
      put: async (url: string, res: Response) => void store.set(url, res),
    };
  }
}

let font: Uint8Array;
let online = true;
let fetches = 0;
beforeAll(() => { font = subsetFont(); }, 120_000);
beforeEach(() => {
  vi.resetModules(); // each test is a fresh page: nothing loaded in memory
  online = true;
  fetches = 0;
  vi.stubGlobal('caches', new FakeCaches());
  vi.stubGlobal('fetch', async (url: string) => {
    fetches++;
    if (!online) throw new TypeError('Failed to fetch');
    expect(url).toBe('/fonts/NotoSerifSC-subset.ttf');
    return new Response(font as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(font.length) } });
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

  it('without it, the first PDF offline says how to get the font ahead', async () => {
    online = false;
    vi.stubGlobal('navigator', { onLine: false });
    const { loadFont } = await import('../../src/io/font');
    await expect(loadFont()).rejects.toThrow(/离线准备/);
  });
});

describe('the font download progress', () => {
  it('counts decoded bytes against the decoded size, when the host sends the font compressed', async () => {
    const parts = 8;
    const step = Math.ceil(font.length / parts);
    // What fetch gives for a brotli-encoded font: the headers tell the compressed length, the
    // body yields the decoded bytes.
    vi.stubGlobal('fetch', async () => new Response(new ReadableStream<Uint8Array>({
      start(c) {
        for (let at = 0; at < font.length; at += step) c.enqueue(font.slice(at, at + step));
        c.close();
      },
    }), { headers: { 'content-encoding': 'br', 'content-length': String(Math.round(font.length * 0.5)) } }));
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
  }, 60_000);
});
