import { jsPDF } from 'jspdf';
import { fastFlate, fastSubsets, type SubsetFont } from './subset';

export const FAMILY = 'NotoSerifSC';
const FILE = 'NotoSerifSC.ttf';

// jsPDF parses a TrueType font on every doc.addFont(): it turns the binary string it was given
// in its VFS back into bytes and reads every table of the 3.7 MB file, about 2 s at 4x CPU on a
// phone, for every PDF. The font never changes in a session, so it is parsed once here and each
// document gets a view of that parse. jsPDF's addFont handler passes the VFS file to
// jsPDF.API.TTFFont.open(); the VFS holds this short marker instead of the font, and the wrapped
// open() answers the marker with the font parsed once.
const MARKER = '\0\x01\0\0parsed once by render/pdf/font.ts';

/** The parts of jsPDF's TTFFont this file relies on (its types do not declare it). */
interface TTFFont {
  toUnicode: Record<number, number>;
  cmap: { unicode?: { codeMap: Record<number, number> } };
  glyIdsUsed?: number[];
  Unicode?: { encoding: object; kerning: object; widths: unknown[] };
}
interface TTFFontClass {
  open(bytes: Uint8Array): TTFFont;
}

const parsedFonts = new WeakMap<ArrayBuffer | Uint8Array, TTFFont>();
/** The parsed font that the addFont() call under way asks for (set only around that call). */
let handingOver: TTFFont | null = null;
let installed = false;

const isMarker = (bytes: Uint8Array): boolean =>
  bytes.length === MARKER.length && Array.prototype.every.call(bytes, (b: number, i: number) => b === MARKER.charCodeAt(i));

/**
 * What one document may change: the glyphs it used (they make its subset), the codes its
 * ToUnicode map lists and its width table. Everything else (tables, glyph cache) is read
 * only, so it is shared: a shallow copy, as jsPDF checks the tables with hasOwnProperty.
 */
function viewFor(font: TTFFont): TTFFont {
  const view = Object.assign(Object.create(Object.getPrototypeOf(font)), font) as TTFFont;
  view.toUnicode = {};
  view.glyIdsUsed = [0];
  view.Unicode = { encoding: {}, kerning: {}, widths: [] };
  return view;
}

function parser(): TTFFontClass {
  const TTF = (jsPDF.API as unknown as { TTFFont: TTFFontClass }).TTFFont;
  if (!installed) {
    const open = TTF.open.bind(TTF);
    TTF.open = (bytes) => {
      if (!isMarker(bytes)) return open(bytes);
      if (!handingOver) throw new Error('PDF font marker used outside useFont()');
      return viewFor(handingOver);
    };
    const api = jsPDF.API as unknown as { processDataByFilters: Parameters<typeof fastFlate>[0] };
    api.processDataByFilters = fastFlate(api.processDataByFilters);
    installed = true;
  }
  return TTF;
}

/**
 * Runs `parse` while the font's cmap header lists one subtable record when all its records
 * point to the same subtable, then puts the byte back. The subset font lists its one Unicode
 * subtable twice (platforms 0 and 3), and jsPDF parses each record's subtable: the second
 * parse of the same 9,000 characters made the first parse about four times slower. Nothing
 * else reads the header during the (synchronous) parse; the embedded subset keeps both records.
 */
function withOneCmapRecord<T>(bytes: Uint8Array, parse: () => T): T {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cmap = -1;
  for (let i = 0, n = v.getUint16(4); i < n; i++)
    if (v.getUint32(12 + 16 * i) === 0x636d6170 /* 'cmap' */) cmap = v.getUint32(12 + 16 * i + 8);
  const records = cmap < 0 ? 0 : v.getUint16(cmap + 2);
  const offsets = new Set(Array.from({ length: records }, (_, i) => v.getUint32(cmap + 4 + 8 * i + 4)));
  if (records < 2 || offsets.size !== 1) return parse();
  v.setUint16(cmap + 2, 1);
  try {
    return parse();
  } finally {
    v.setUint16(cmap + 2, records);
  }
}

function parsed(font: ArrayBuffer | Uint8Array): TTFFont {
  const TTF = parser();
  const known = parsedFonts.get(font);
  if (known) return known;
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  if (head !== '\0\x01\0\0' && head !== 'true') throw new Error('PDF font must be TrueType (see scripts/build-font.mjs)');
  const out = withOneCmapRecord(bytes, () => TTF.open(bytes));
  fastSubsets(out as unknown as SubsetFont);
  parsedFonts.set(font, out);
  return out;
}

/**
 * Parses the font now (once a session), so that the first PDF does not wait for it, and says
 * which code points jsPDF can draw with it: its own reading of the cmap, looked up per
 * character rather than collected into a set of every character the font has.
 */
export function parseFont(font: ArrayBuffer | Uint8Array): { has(codePoint: number): boolean } {
  const map = parsed(font).cmap.unicode?.codeMap ?? {};
  return { has: (cp) => !!map[cp] };
}

/**
 * Registers the TrueType font as the document's only face. There is no bold face: bold
 * would make jsPDF fall back to a Latin font and print garbage, so emphasis is size only.
 * The font is parsed on the first call for these bytes only; later documents reuse the parse.
 */
export function useFont(doc: jsPDF, font: ArrayBuffer | Uint8Array): void {
  handingOver = parsed(font);
  try {
    doc.addFileToVFS(FILE, MARKER);
    doc.addFont(FILE, FAMILY, 'normal');
  } finally {
    handingOver = null;
  }
  doc.setFont(FAMILY, 'normal');
}

/** Baseline of a line box of height `lh` at `size` pt: the ideographic em box sits centred. */
export const baseline = (top: number, lh: number, size: number): number => top + (lh - size) / 2 + size * 0.88;
