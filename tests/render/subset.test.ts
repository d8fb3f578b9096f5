import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastFlate, fastSubsets, type SubsetFont } from '../../src/render/pdf/subset';
import { subsetFont } from './font';

// The typed-array subset encoder and deflate (src/render/pdf/subset.ts) replace jsPDF's
// byte-at-a-time ones for speed: a PDF must come out byte for byte as jsPDF wrote it.
interface Parsed { subset: { encode(ids: number[], locaFormat: number): ArrayLike<number> }; cmap: { unicode: { codeMap: Record<number, number> } } }
const TTF = (jsPDF.API as unknown as { TTFFont: { open(b: Uint8Array): Parsed } }).TTFFont;

let font: Uint8Array;
beforeAll(() => { font = subsetFont(); }, 120_000);

describe('the PDF font subset, encoded with typed arrays', () => {
  it('gives the same bytes as jsPDF for a few glyphs and for many', () => {
    const theirs = TTF.open(font);
    const ours = TTF.open(font);
    fastSubsets(ours as unknown as SubsetFont);
    const map = theirs.cmap.unicode.codeMap;
    const text = '李㛃蒲城县城关镇东街12号，“教师大家访”ABCxyz（）！';
    const few = [0, ...new Set([...text].map((c) => map[c.codePointAt(0)!]).filter(Boolean))];
    const many = [0, ...Object.values(map).filter((g, i) => g && i % 60 === 0)];
    for (const ids of [few, many, [0]]) {
      const expected = Uint8Array.from(theirs.subset.encode(ids, 1) as number[]);
      const got = Uint8Array.from(ours.subset.encode(ids, 1) as ArrayLike<number>);
      expect(got.length).toBe(expected.length);
      expect(Buffer.compare(got, expected)).toBe(0);
    }
  }, 120_000);

  it('deflates a stream to the same bytes as jsPDF, and leaves other filters to it', () => {
    const api = jsPDF.API as unknown as { processDataByFilters: Parameters<typeof fastFlate>[0] };
    const original = api.processDataByFilters;
    const fast = fastFlate(original);
    let data = '';
    for (let i = 0; i < 70_000; i++) data += String.fromCharCode((i * 7919) % 251 < 120 ? 32 + (i % 50) : (i * 31) % 256);
    for (const chain of ['FlateEncode', ['/FlateEncode'], ['ASCIIHexEncode'], []] as (string | string[])[])
      expect(fast(data, chain)).toEqual(original(data, chain));
  });
});
