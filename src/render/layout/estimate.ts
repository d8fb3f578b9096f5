// Text measured by counting characters, for painters that cannot measure with the real font
// (Excel wraps by itself on the reader's machine, the browser when it prints): a hanzi takes
// about two digits' width, as Excel's column unit counts them.

/** Grid text size in points; head and foot lines carry their own. */
export const GRID_SIZE = 11;
/** Points of paper one Excel width unit takes at 100 %: 7 px (the maximum digit width of the workbook's default 11 pt font) × 0.75 pt. */
export const POINTS_PER_WIDTH = 5.25;

const WIDE = /[\u1100-\u115f\u2018-\u201d\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width in Excel character units at 11 pt: a hanzi takes about two digits' width. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2.1 : 1;
  return w;
}

/** Lines `text` wraps into in a cell `width` units wide (its padding included), at `size` points. */
export function wrappedLines(text: string, width: number, size = GRID_SIZE): number {
  return estimateLines(text, (width - 1) * POINTS_PER_WIDTH, size).length;
}

/**
 * `text` cut into the lines it takes `widthPt` wide at `sizePt`, by character count: each
 * paragraph takes as many lines as its width needs, its characters shared evenly among them.
 * The count is what matters (row heights); the cuts are only roughly where a reader breaks.
 */
export function estimateLines(text: string, widthPt: number, sizePt = GRID_SIZE): string[] {
  // Rounded so that a width given in Excel units and back counts the same lines.
  const usable = Math.max(1, Math.round((widthPt / POINTS_PER_WIDTH) * 1e9) / 1e9);
  return text.split('\n').flatMap((para) => {
    const n = Math.max(1, Math.ceil((displayWidth(para) * sizePt) / GRID_SIZE / usable));
    const chars = [...para];
    return Array.from({ length: n }, (_, i) =>
      chars.slice(Math.floor((i * chars.length) / n), Math.floor(((i + 1) * chars.length) / n)).join(''));
  });
}

/** Points a cell needs to show `lines` lines at `size` points, as Excel pads them. */
export const linesHeight = (lines: number, size = GRID_SIZE): number => Math.ceil(lines * size * 1.35 + 6);
