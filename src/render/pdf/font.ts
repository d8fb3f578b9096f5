import type { jsPDF } from 'jspdf';

export const FAMILY = 'NotoSerifSC';
const FILE = 'NotoSerifSC.ttf';

// jsPDF takes the font as a binary string; converting 4 MB costs time, so once per buffer.
const binaries = new WeakMap<ArrayBuffer, string>();

function binaryString(font: ArrayBuffer | Uint8Array): string {
  const key = font instanceof Uint8Array ? (font.buffer as ArrayBuffer) : font;
  const cached = binaries.get(key);
  if (cached) return cached;
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000)
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  const s = parts.join('');
  if (!s.startsWith('\0\x01\0\0') && !s.startsWith('true'))
    throw new Error('PDF font must be TrueType (see scripts/build-font.mjs)');
  if (!(font instanceof Uint8Array) || font.byteLength === font.buffer.byteLength) binaries.set(key, s);
  return s;
}

/**
 * Registers the TrueType font as the document's only face. There is no bold face: bold
 * would make jsPDF fall back to a Latin font and print garbage, so emphasis is size only.
 */
export function useFont(doc: jsPDF, font: ArrayBuffer | Uint8Array): void {
  doc.addFileToVFS(FILE, binaryString(font));
  doc.addFont(FILE, FAMILY, 'normal');
  doc.setFont(FAMILY, 'normal');
}

/** Baseline of a line box of height `lh` at `size` pt: the ideographic em box sits centred. */
export const baseline = (top: number, lh: number, size: number): number => top + (lh - size) / 2 + size * 0.88;
