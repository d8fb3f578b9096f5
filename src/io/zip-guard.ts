// Checks an .xlsx (a ZIP) before anything inflates it: the central directory declares each
// part's uncompressed size, so a 400 KB file that would expand to gigabytes is refused in
// microseconds instead of freezing or crashing the tab.
import { inflateSync } from 'fflate';
import { bytesOver, DAMAGED_ZIP, MAX_PART_MB, MAX_UNZIPPED_MB, TOO_BIG_PART, TOO_BIG_UNZIPPED } from './limits';

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;
const U32_MAX = 0xffffffff;

/**
 * The Chinese refusal for a ZIP that is damaged or whose declared sizes are over the limits,
 * or null. A ZIP without a readable directory (a file cut short in transfer) is damaged:
 * SheetJS, left to read one, can loop for ever.
 */
export function checkZip(bytes: Uint8Array): string | null {
  const parts = directory(bytes);
  if (!parts) return DAMAGED_ZIP;
  let total = 0;
  for (const { size } of parts) {
    if (bytesOver(size, MAX_PART_MB)) return TOO_BIG_PART;
    total += size;
  }
  if (bytesOver(total, MAX_UNZIPPED_MB)) return TOO_BIG_UNZIPPED;
  return parts.every((p) => intact(bytes, p)) ? null : DAMAGED_ZIP;
}

/** Every entry's declared uncompressed size, or null when there is no readable directory. */
export const declaredSizes = (bytes: Uint8Array): number[] | null => directory(bytes)?.map((p) => p.size) ?? null;

interface Part {
  size: number;
  packed: number;
  crc: number;
  method: number;
  /** Offset of the part's local header. */
  at: number;
}

/**
 * Whether a part inflates to exactly its declared size and checksum. SheetJS's own inflater
 * can loop for ever on a damaged deflate stream (seen with a few flipped bytes), so each part
 * is first inflated here by fflate, which fails fast; the output buffer is the declared size,
 * so a part that lies about its size cannot grow past it.
 */
function intact(bytes: Uint8Array, p: Part): boolean {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (p.at + 30 > bytes.length || view.getUint32(p.at, true) !== LFH) return false;
    const start = p.at + 30 + view.getUint16(p.at + 26, true) + view.getUint16(p.at + 28, true);
    const data = bytes.subarray(start, start + p.packed);
    if (data.length !== p.packed) return false;
    let out: Uint8Array;
    if (p.method === 0) out = data;
    else if (p.method === 8) {
      const buf = new Uint8Array(p.size + 1);
      out = inflateSync(data, { out: buf });
      if (out.length !== p.size) return false;
    } else return false;
    return crc32(out) === p.crc;
  } catch {
    return false;
  }
}

let table: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The central directory: each part's sizes, checksum and method, or null when unreadable. */
function directory(bytes: Uint8Array): Part[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => u32(o) + u32(o + 4) * 2 ** 32;
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(o) === EOCD) { end = o; break; }
  }
  if (end < 0) return null;
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if ((count === 0xffff || offset === U32_MAX) && end >= 20 && u32(end - 20) === EOCD64_LOCATOR) {
    const at = u64(end - 12);
    if (at + 56 > bytes.length || u32(at) !== EOCD64) return null;
    count = u64(at + 32);
    offset = u64(at + 48);
  }
  const parts: Part[] = [];
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(o) !== CDH) return null;
    let size = u32(o + 24);
    const nameLen = u16(o + 28);
    const extraLen = u16(o + 30);
    const zip64 = size === U32_MAX || u32(o + 20) === U32_MAX || u32(o + 42) === U32_MAX;
    if (size === U32_MAX) size = zip64Size(view, o + 46 + nameLen, extraLen) ?? Infinity;
    // ZIP64 packed sizes and offsets are not needed by real workbooks: such a part is only size-checked.
    parts.push({ size, packed: u32(o + 20), crc: u32(o + 16), method: zip64 ? -1 : u16(o + 10), at: u32(o + 42) });
    o += 46 + nameLen + extraLen + u16(o + 32);
  }
  return parts;
}

/** The ZIP64 extra field holds the real size (its first 8 bytes, when the header says 0xFFFFFFFF). */
function zip64Size(view: DataView, start: number, len: number): number | null {
  for (let o = start; o + 4 <= start + len && o + 4 <= view.byteLength; ) {
    const id = view.getUint16(o, true);
    const size = view.getUint16(o + 2, true);
    if (id === 0x0001 && size >= 8 && o + 12 <= view.byteLength)
      return view.getUint32(o + 4, true) + view.getUint32(o + 8, true) * 2 ** 32;
    o += 4 + size;
  }
  return null;
}
