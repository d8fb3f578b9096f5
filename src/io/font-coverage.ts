// Which characters a TrueType font can draw, so that an export can name the characters it
// would print as blanks instead of failing silently. Pure: no DOM, no fetch.

/**
 * Code points mapped by the font's `cmap` (subtable formats 4 and 12, all platforms).
 * `bmpOnly`: jsPDF reads format 4 only, so characters beyond U+FFFF never reach a PDF.
 */
export function fontCodePoints(font: ArrayBuffer | Uint8Array, opts: { bmpOnly?: boolean } = {}): Set<number> {
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const set = new Set<number>();
  const sfnt = v.byteLength >= 12 ? v.getUint32(0) : 0;
  if (sfnt !== 0x00010000 && sfnt !== 0x74727565 /* 'true' */ && sfnt !== 0x4f54544f /* 'OTTO' */) return set;
  try {
    let cmap = -1;
    for (let i = 0, n = v.getUint16(4); i < n; i++)
      if (v.getUint32(12 + 16 * i) === 0x636d6170 /* 'cmap' */) cmap = v.getUint32(12 + 16 * i + 8);
    if (cmap < 0) return set;
    for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
      const st = cmap + v.getUint32(cmap + 4 + 8 * i + 4);
      const format = v.getUint16(st);
      if (format === 4) readFormat4(v, st, set);
      else if (format === 12 && !opts.bmpOnly) readFormat12(v, st, set);
    }
  } catch {
    // A truncated font: what was read so far is all it covers.
  }
  return set;
}

function readFormat4(v: DataView, st: number, set: Set<number>): void {
  const segs = v.getUint16(st + 6) / 2;
  const ends = st + 14;
  const starts = ends + 2 * segs + 2; // + reservedPad
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  for (let s = 0; s < segs; s++) {
    const end = v.getUint16(ends + 2 * s);
    const start = v.getUint16(starts + 2 * s);
    const delta = v.getUint16(deltas + 2 * s);
    const ro = v.getUint16(ranges + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      // idRangeOffset counts from its own position in the file.
      const g = ro === 0 ? c : v.getUint16(ranges + 2 * s + ro + 2 * (c - start));
      if (ro !== 0 && g === 0) continue;
      if (((g + delta) & 0xffff) !== 0) set.add(c);
    }
  }
}

function readFormat12(v: DataView, st: number, set: Set<number>): void {
  const groups = v.getUint32(st + 12);
  for (let i = 0; i < groups; i++) {
    const p = st + 16 + 12 * i;
    const start = v.getUint32(p);
    const end = v.getUint32(p + 4);
    const glyph = v.getUint32(p + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) set.add(c);
  }
}

// Whitespace, control and format characters and variation selectors draw nothing anyway.
const SILENT = /[\s\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

/** Characters of `text` the font cannot draw: unique, in order of first appearance. */
export function missingChars(text: string, covered: Pick<Set<number>, 'has'>): string[] {
  const out = new Set<string>();
  for (const ch of text) if (!SILENT.test(ch) && !covered.has(ch.codePointAt(0)!)) out.add(ch);
  return [...out];
}
