import { jsPDF } from 'jspdf';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { expandPaper, placeCells, type PaperLine } from '../../forms/kit/paper';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { baseline, useFont } from './font';
import { wrapText } from './wrap';

const MARGIN = { top: 40, bottom: 40, side: 50 };
const GRID_SIZE = 11;
const LINE = 1.4; // line height / font size
const PAD = 4;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The paper form (`form.paper`) as PDF, one entry per page; an entry that overflows takes
 * more pages, numbered “第 N 页 共 M 页”. `font` is the TrueType built by scripts/build-font.mjs.
 * No entries gives one blank form.
 */
export function formPdf(
  form: FormDef, entries: Entry[], settings: Settings, font: ArrayBuffer | Uint8Array, ctx: DeriveContext = NO_SOURCES,
): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: form.paper.orientation, compress: true });
  useFont(doc, font);
  doc.setProperties({ title: `${form.annex} ${form.title}`, creator: settings.unit });
  doc.setLineWidth(0.6);
  const all = entries.length ? entries.map((e) => form.resolve(e.data, ctx)) : [form.emptyData()];
  all.forEach((data, i) => {
    if (i) doc.addPage();
    drawEntry(doc, form, data);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

interface Box {
  row: number;
  rowSpan: number;
  /** Centred vertically (PlacedCell.valign). */
  middle: boolean;
  x: number;
  w: number;
  lines: string[];
  label: boolean;
  align: 'left' | 'center' | 'right';
}

function drawEntry(doc: jsPDF, form: FormDef, data: EntryData): void {
  const paper = expandPaper(form.paper, data);
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const bottom = pageH - MARGIN.bottom;
  const width = pageW - 2 * MARGIN.side;
  const unit = width / sum(paper.columns);
  const colX = paper.columns.map((_, i) => MARGIN.side + sum(paper.columns.slice(0, i)) * unit);
  colX.push(MARGIN.side + width);
  const fill = (t: string) => form.fill(t, data);
  const lh = GRID_SIZE * LINE;
  const firstPage = doc.getNumberOfPages();

  let y = MARGIN.top;
  for (const line of paper.head) y = drawLine(doc, line, fill, y, width);

  doc.setFontSize(GRID_SIZE);
  const boxes: Box[] = placeCells(paper).map((p) => {
    const x = colX[p.col];
    const w = colX[p.col + p.colSpan] - x;
    return {
      row: p.row, rowSpan: p.rowSpan, x, w, label: !!p.cell.label, align: p.align,
      middle: p.valign === 'middle',
      lines: wrapText(fill(p.cell.t), w - 2 * PAD, (t) => doc.getTextWidth(t)),
    };
  });
  const heights = paper.rows.map((r) => r.height ?? lh + 2 * PAD);
  for (const b of [...boxes].sort((a, c) => a.rowSpan - c.rowSpan)) {
    const need = b.lines.length * lh + 2 * PAD;
    const have = sum(heights.slice(b.row, b.row + b.rowSpan));
    if (need > have) heights[b.row + b.rowSpan - 1] += need - have;
  }

  // Row heights are minimums: like Excel's fit to page, give back up to 40 % of a row's
  // spare height when that keeps the entry on one page.
  const footH = 6 + sum(paper.foot.map((l) => (l.size ?? 12) * (LINE + 0.4)));
  const excess = sum(heights) - (bottom - y - footH);
  if (excess > 0) {
    const spanned = new Set(boxes.filter((b) => b.rowSpan > 1).flatMap((b) => [...Array(b.rowSpan).keys()].map((i) => b.row + i)));
    const slack = heights.map((h, r) => {
      if (spanned.has(r)) return 0;
      const need = Math.max(...boxes.filter((b) => b.row === r).map((b) => b.lines.length * lh + 2 * PAD));
      return Math.max(0, h - Math.max(need, h * 0.6));
    });
    const k = Math.min(1, excess / (sum(slack) || Infinity));
    slack.forEach((sl, r) => (heights[r] -= sl * k));
  }

  // Rows tied together by a row span move to a new page together.
  const blocks: [number, number][] = [];
  for (let r = 0; r < heights.length; ) {
    let end = r;
    for (let i = r; i <= end; i++)
      for (const b of boxes) if (b.row === i) end = Math.max(end, b.row + b.rowSpan - 1);
    blocks.push([r, end]);
    r = end + 1;
  }

  const newPage = () => {
    doc.addPage();
    y = MARGIN.top;
  };
  for (const [r1, r2] of blocks) {
    const h = sum(heights.slice(r1, r2 + 1));
    const inBlock = boxes.filter((b) => b.row >= r1 && b.row <= r2);
    const whole = () => {
      for (const b of inBlock)
        drawBox(doc, b, y + sum(heights.slice(r1, b.row)), sum(heights.slice(b.row, b.row + b.rowSpan)), b.lines);
      y += h;
    };
    if (y + h <= bottom) {
      whole();
      continue;
    }
    const pageRoom = bottom - MARGIN.top;
    if (r1 !== r2 || (h <= pageRoom && bottom - y < 3 * lh + 2 * PAD)) {
      // Rows tied by a span cannot split; nor is a row worth splitting for a line or two.
      newPage();
      if (h > pageRoom) console.warn(`${form.id}: rows ${r1}-${r2} are taller than a page`);
      whole();
      continue;
    }
    // A single tall row (long free text) continues on the next page; the label repeats.
    let from = 0;
    const rest = () => Math.max(...inBlock.filter((b) => !b.label).map((b) => b.lines.length - from), 0);
    for (;;) {
      const fit = Math.floor((bottom - y - 2 * PAD) / lh);
      if (rest() <= fit) {
        const hh = Math.max(rest() * lh + 2 * PAD, from === 0 ? heights[r1] : 0);
        for (const b of inBlock) drawBox(doc, b, y, hh, b.label ? b.lines : b.lines.slice(from));
        y += hh;
        break;
      }
      for (const b of inBlock) drawBox(doc, b, y, bottom - y, b.label ? b.lines : b.lines.slice(from, from + fit));
      from += fit;
      newPage();
    }
  }

  y += 6;
  for (const line of paper.foot) {
    if (y + (line.size ?? 12) * 2 > bottom) newPage();
    y = drawLine(doc, line, fill, y, width);
  }

  const pages = doc.getNumberOfPages() - firstPage + 1;
  if (pages > 1) {
    doc.setFontSize(10);
    for (let p = 0; p < pages; p++) {
      doc.setPage(firstPage + p);
      doc.text(`第 ${p + 1} 页 共 ${pages} 页`, pageW / 2, pageH - 18, { align: 'center' });
    }
    doc.setPage(firstPage + pages - 1);
  }
}

function drawBox(doc: jsPDF, b: Box, top: number, h: number, lines: string[]): void {
  doc.rect(b.x, top, b.w, h);
  const lh = GRID_SIZE * LINE;
  doc.setFontSize(GRID_SIZE);
  let ty = b.middle ? top + (h - lines.length * lh) / 2 : top + PAD;
  const tx = b.align === 'center' ? b.x + b.w / 2 : b.align === 'right' ? b.x + b.w - PAD : b.x + PAD;
  for (const line of lines) {
    doc.text(line, tx, baseline(ty, lh, GRID_SIZE), { align: b.align });
    ty += lh;
  }
}

/** A line outside the grid; returns the y below it. Bold lines are set larger instead. */
function drawLine(doc: jsPDF, line: PaperLine, fill: (t: string) => string, y: number, width: number): number {
  const size = (line.size ?? 12) * (line.bold ? 1.15 : 1);
  const lh = size * LINE;
  doc.setFontSize(size);
  const right = line.right == null ? '' : fill(line.right);
  const room = width - (right ? doc.getTextWidth(right) + size : 0);
  const lines = wrapText(fill(line.t), room, (t) => doc.getTextWidth(t));
  const align = line.align ?? 'left';
  const x = align === 'center' ? MARGIN.side + width / 2 : align === 'right' ? MARGIN.side + width : MARGIN.side;
  lines.forEach((t, i) => doc.text(t, x, baseline(y + i * lh, lh, size), { align }));
  if (right) doc.text(right, MARGIN.side + width, baseline(y, lh, size), { align: 'right' });
  return y + Math.max(1, lines.length) * lh + size * 0.4;
}
