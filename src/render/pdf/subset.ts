import { zlibSync } from 'fflate';

// jsPDF writes each PDF's font subset and deflates its streams with byte-at-a-time JavaScript:
// the glyph table grows by Array.concat once per glyph (quadratic), every table is copied
// into plain arrays byte by byte, the directory writes the 150 KB file one byte at a time and
// sums it twice, and the deflated stream becomes a string through a reduce() of one closure
// call per byte. At 4x CPU that was most of a warm PDF, and more in a page session's first
// PDF, whose code is not optimised yet. The same steps below work on typed arrays and give
// the same bytes (tests/render/font-once.test.ts compares them with jsPDF's own).

interface Glyph { encode(old2new: unknown): ArrayLike<number> }
interface RawTable { exists: boolean; offset: number; length: number; raw(): ArrayLike<number> | null }
/** The parts of jsPDF's parsed TrueType font that its subset encoder calls. */
export interface SubsetFont {
  rawData: Uint8Array;
  glyf: { encode(glyphs: Record<number, Glyph | null>, mapping: number[], old2new: unknown): { table: ArrayLike<number>; offsets: number[] } };
  loca: { offsets: number[]; encode(offsets: number[], active: number[]): ArrayLike<number> };
  directory: { scalarType: number; encode(tables: Record<string, ArrayLike<number>>): ArrayLike<number> };
  [table: string]: unknown;
}

function glyfEncode(glyphs: Record<number, Glyph | null>, mapping: number[], old2new: unknown) {
  const parts: ArrayLike<number>[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (const id of mapping) {
    offsets.push(length);
    const glyph = glyphs[id];
    if (!glyph) continue;
    const data = glyph.encode(old2new);
    parts.push(data);
    length += data.length;
  }
  offsets.push(length);
  const table = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    table.set(p, at);
    at += p.length;
  }
  return { table, offsets };
}

/** jsPDF's long loca: every glyph of the font, only the used ones with an outline. */
function locaEncode(this: SubsetFont['loca'], _offsets: number[], active: number[]): Uint8Array {
  const all = this.offsets;
  const out = new Uint8Array(all.length * 4);
  const view = new DataView(out.buffer);
  let ptr = 0;
  let next = 0;
  for (let k = 0; k < all.length; k++) {
    view.setUint32(4 * k, ptr);
    if (next < active.length && active[next] == k) {
      next++;
      const len = all[k + 1] - all[k];
      if (len > 0) ptr += len;
    }
  }
  return out;
}

/** TrueType's table checksum: the big-endian 32-bit words summed, zero-padded. */
function checksum(data: ArrayLike<number>, from = 0, to = data.length): number {
  let sum = 0;
  for (let i = from; i < to; i += 4)
    sum = (sum + (((data[i] & 255) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
  return sum;
}

function directoryEncode(this: SubsetFont['directory'], tables: Record<string, ArrayLike<number>>): Uint8Array {
  const tags = Object.keys(tables);
  const count = tags.length;
  // jsPDF's own (odd) header values, kept so the bytes do not change.
  const searchRange = Math.floor(Math.log(count) / Math.log(2)) * 16;
  const entrySelector = Math.floor(searchRange / Math.log(2));
  let size = 12 + 16 * count;
  for (const tag of tags) size += (tables[tag].length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, this.scalarType >>> 0);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange);
  let entry = 12;
  let offset = 12 + 16 * count;
  let head = -1;
  for (const tag of tags) {
    const table = tables[tag];
    for (let i = 0; i < 4; i++) out[entry + i] = tag.charCodeAt(i);
    view.setUint32(entry + 4, checksum(table));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    entry += 16;
    out.set(table, offset);
    if (tag === 'head') head = offset;
    offset += (table.length + 3) & ~3;
  }
  view.setUint32(head + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** Puts the typed-array steps on one parsed font (its tables are shared by every document). */
export function fastSubsets(font: SubsetFont): void {
  const bytes = font.rawData;
  font.glyf.encode = glyfEncode;
  font.loca.encode = locaEncode;
  font.directory.encode = directoryEncode;
  for (const name of ['cmap', 'hmtx', 'hhea', 'maxp', 'post', 'name', 'os2']) {
    const table = font[name] as RawTable | undefined;
    if (!table?.exists) continue;
    // The font's bytes never change: a view of them, not a byte-by-byte copy per document.
    table.raw = () => bytes.subarray(table.offset, table.offset + table.length);
  }
}

type Filters = (data: string, chain?: string | string[]) => { data: string; reverseChain: string };

/** jsPDF's FlateEncode (fflate's zlibSync, default level) with the string turned around in blocks. */
export function fastFlate(original: Filters): Filters {
  return (data, chain) => {
    const only = typeof chain === 'string' ? [chain] : chain ?? [];
    if (only.length !== 1 || (only[0] !== 'FlateEncode' && only[0] !== '/FlateEncode')) return original(data, chain);
    const input = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) input[i] = data.charCodeAt(i);
    const packed = zlibSync(input);
    let out = '';
    for (let i = 0; i < packed.length; i += 8192) out += String.fromCharCode.apply(null, packed.subarray(i, i + 8192) as unknown as number[]);
    return { data: out, reverseChain: '/FlateDecode' };
  };
}
