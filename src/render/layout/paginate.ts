// Page breaks of a laid-out grid on pages of a fixed size (the PDF; Excel fits to the page and
// the browser breaks its own pages). Pure: the painter draws each piece where it is put.
import { total, type Box, type Layout, type Medium } from './layout';

/** Where the grid may go, in points from the top of a page. */
export interface Sheet {
  /** Top of the grid on its first page (below the head lines). */
  start: number;
  /** Top of the grid on a page it continues on. */
  top: number;
  /** The lowest the grid may reach. */
  bottom: number;
  /** Height the foot lines need below the grid, to keep an entry on one page when it can be. */
  foot: number;
}

/** A box, or the part of a tall box, on one page. */
export interface Piece {
  /** Pages after the first (0: the first page). */
  page: number;
  y: number;
  h: number;
  box: Box;
  /** The lines of its text on this page (a label repeats whole on every page). */
  lines: string[];
}

export interface Pages {
  pieces: Piece[];
  /** Where the grid ends: its last page and the y below it. */
  end: { page: number; y: number };
  /** Rows taller than a page, drawn from the top of a page anyway. */
  tooTall: [number, number][];
}

/**
 * Puts the rows on pages. Row heights are minimums: like Excel's fit to page, up to 40 % of
 * a row's spare height is given back when that keeps the entry on one page. Rows tied by a
 * span move to a new page together; a single tall row (long free text) continues on the
 * next page with its label repeated.
 */
export function paginate(layout: Layout, medium: Pick<Medium, 'boxHeight'>, lineHeight: number, sheet: Sheet): Pages {
  const { boxes, blocks } = layout;
  const heights = [...layout.heights];
  const need = (b: Box) => medium.boxHeight(b.lines.length);
  const excess = total(heights) - (sheet.bottom - sheet.start - sheet.foot);
  if (excess > 0) {
    const spanned = new Set(boxes.filter((b) => b.rowSpan > 1).flatMap((b) => [...Array(b.rowSpan).keys()].map((i) => b.row + i)));
    const slack = heights.map((h, r) => {
      if (spanned.has(r)) return 0;
      const least = Math.max(...boxes.filter((b) => b.row === r).map(need));
      return Math.max(0, h - Math.max(least, h * 0.6));
    });
    const k = Math.min(1, excess / (total(slack) || Infinity));
    slack.forEach((sl, r) => (heights[r]! -= sl * k));
  }

  const pieces: Piece[] = [];
  const tooTall: [number, number][] = [];
  let page = 0;
  let y = sheet.start;
  const put = (box: Box, top: number, h: number, lines: string[]) => pieces.push({ page, y: top, h, box, lines });
  const newPage = () => {
    page++;
    y = sheet.top;
  };
  const { bottom } = sheet;
  const pageRoom = bottom - sheet.top;
  const fits = (room: number) => Math.floor((room - medium.boxHeight(0)) / lineHeight);
  for (const [r1, r2] of blocks) {
    const h = total(heights.slice(r1, r2 + 1));
    const inBlock = boxes.filter((b) => b.row >= r1 && b.row <= r2);
    const whole = () => {
      for (const b of inBlock) put(b, y + total(heights.slice(r1, b.row)), total(heights.slice(b.row, b.row + b.rowSpan)), b.lines);
      y += h;
    };
    if (y + h <= bottom) {
      whole();
      continue;
    }
    if (r1 !== r2 || (h <= pageRoom && bottom - y < medium.boxHeight(3))) {
      // Rows tied by a span cannot split; nor is a row worth splitting for a line or two.
      newPage();
      if (h > pageRoom) tooTall.push([r1, r2]);
      whole();
      continue;
    }
    let from = 0;
    const rest = () => Math.max(...inBlock.filter((b) => !b.label).map((b) => b.lines.length - from), 0);
    for (;;) {
      const fit = fits(bottom - y);
      if (rest() <= fit) {
        const hh = Math.max(medium.boxHeight(rest()), from === 0 ? heights[r1]! : 0);
        for (const b of inBlock) put(b, y, hh, b.label ? b.lines : b.lines.slice(from));
        y += hh;
        break;
      }
      for (const b of inBlock) put(b, y, bottom - y, b.label ? b.lines : b.lines.slice(from, from + fit));
      from += fit;
      newPage();
    }
  }
  return { pieces, end: { page, y }, tooTall };
}
