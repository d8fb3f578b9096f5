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
