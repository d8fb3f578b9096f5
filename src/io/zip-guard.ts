// Checks an .xlsx (a ZIP) before anything inflates it: the central directory declares each
// part's uncompressed size, so a 400 KB file that would expand to gigabytes is refused in
// microseconds instead of freezing or crashing the tab.
import { bytesOver, MAX_PART_MB, MAX_UNZIPPED_MB, TOO_BIG_PART, TOO_BIG_UNZIPPED } from './limits';

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CDH = 0x02014b50;
const U32_MAX = 0xffffffff;

/**
 * The Chinese refusal for a ZIP whose declared sizes are over the limits, or null. A file
 * whose directory cannot be read is left to the parser (which reports it as damaged).
 */
export function checkZip(bytes: Uint8Array): string | null {
  const sizes = declaredSizes(bytes);
  if (!sizes) return null;
  let total = 0;
  for (const size of sizes) {
    if (bytesOver(size, MAX_PART_MB)) return TOO_BIG_PART;
    total += size;
  }
  return bytesOver(total, MAX_UNZIPPED_MB) ? TOO_BIG_UNZIPPED : null;
}

/** Every entry's declared uncompressed size, or null when there is no readable directory. */
export function declaredSizes(bytes: Uint8Array): number[] | null {
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
  const sizes: number[] = [];
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(o) !== CDH) return null;
    let size = u32(o + 24);
    const nameLen = u16(o + 28);
    const extraLen = u16(o + 30);
    if (size === U32_MAX) size = zip64Size(view, o + 46 + nameLen, extraLen) ?? Infinity;
    sizes.push(size);
    o += 46 + nameLen + extraLen + u16(o + 32);
  }
  return sizes;
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
