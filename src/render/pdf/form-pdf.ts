import { jsPDF } from 'jspdf';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { layoutPaper, total, type LaidLine, type Layout, type Medium, type Printable } from '../layout/layout';
import { paginate, type Piece } from '../layout/paginate';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { GRID_SIZE } from '../layout/estimate';
import { baseline, useFont } from './font';
import { wrapText } from './wrap';

const MARGIN = { top: 40, bottom: 40, side: 50 };
const LINE = 1.4; // line height / font size
const PAD = 4;

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

/** How the PDF measures: the embedded font's widths, 11 pt text on 1.4 lines, 4 pt padding. */
export function pdfMedium(doc: jsPDF, columns: number[]): Medium {
  const lh = GRID_SIZE * LINE;
  return {
    unit: (doc.internal.pageSize.getWidth() - 2 * MARGIN.side) / total(columns),
    pad: PAD,
    size: GRID_SIZE,
    measure: (text, width, size) => {
      doc.setFontSize(size);
      return wrapText(text, width, (t) => doc.getTextWidth(t));
    },
    boxHeight: (lines) => lines * lh + 2 * PAD,
    rowHeight: lh + 2 * PAD,
  };
}

/** The entry's layout as the PDF measures it. */
export const pdfLayout = (doc: jsPDF, form: Printable, data: EntryData): Layout =>
  layoutPaper(form, data, pdfMedium(doc, form.paper.columns));

function drawEntry(doc: jsPDF, form: FormDef, data: EntryData): void {
  paintPdf(doc, pdfLayout(doc, form, data), form.id);
}

/**
 * Paints a layout from the current page on: the boxes where `paginate` puts them, the lines
 * around. Gives the pieces it drew, in the order drawn (one `rect` each), for tests to check.
 */
export function paintPdf(doc: jsPDF, layout: Layout, name = 'form'): Piece[] {
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const bottom = pageH - MARGIN.bottom;
  const width = pageW - 2 * MARGIN.side;
  const medium = pdfMedium(doc, layout.columns);
  const firstPage = doc.getNumberOfPages();

  let y = MARGIN.top;
  for (const line of layout.head) y = drawLine(doc, line, y, width);

  const footH = 6 + total(layout.foot.map((l) => l.size * (LINE + 0.4)));
  const pages = paginate(layout, medium, GRID_SIZE * LINE, { start: y, top: MARGIN.top, bottom, foot: footH });
  for (const [r1, r2] of pages.tooTall) console.warn(`${name}: rows ${r1}-${r2} are taller than a page`);
  for (const piece of pages.pieces) {
    while (doc.getNumberOfPages() < firstPage + piece.page) doc.addPage();
    drawBox(doc, piece, medium.unit);
  }
  while (doc.getNumberOfPages() < firstPage + pages.end.page) doc.addPage();
  y = pages.end.y + 6;
  for (const line of layout.foot) {
    if (y + line.size * 2 > bottom) {
      doc.addPage();
      y = MARGIN.top;
    }
    y = drawLine(doc, line, y, width);
  }

  const count = doc.getNumberOfPages() - firstPage + 1;
  if (count > 1) {
    doc.setFontSize(10);
    for (let p = 0; p < count; p++) {
      doc.setPage(firstPage + p);
      doc.text(`第 ${p + 1} 页 共 ${count} 页`, pageW / 2, pageH - 18, { align: 'center' });
    }
    doc.setPage(firstPage + count - 1);
  }
  return pages.pieces;
}

function drawBox(doc: jsPDF, { box: b, y: top, h, lines }: Piece, unit: number): void {
  const [x, w] = [MARGIN.side + b.x * unit, b.w * unit];
  doc.rect(x, top, w, h);
  const lh = GRID_SIZE * LINE;
  doc.setFontSize(GRID_SIZE);
  let ty = b.valign === 'middle' ? top + (h - lines.length * lh) / 2 : top + PAD;
  const tx = b.align === 'center' ? x + w / 2 : b.align === 'right' ? x + w - PAD : x + PAD;
  for (const line of lines) {
    doc.text(line, tx, baseline(ty, lh, GRID_SIZE), { align: b.align });
    ty += lh;
  }
}

/** A line outside the grid; returns the y below it. Bold lines are set larger instead. */
function drawLine(doc: jsPDF, line: LaidLine, y: number, width: number): number {
  const size = line.size * (line.bold ? 1.15 : 1);
  const lh = size * LINE;
  doc.setFontSize(size);
  const right = line.right ?? '';
  const room = width - (right ? doc.getTextWidth(right) + size : 0);
  const lines = wrapText(line.text, room, (t) => doc.getTextWidth(t));
  const { align } = line;
  const x = align === 'center' ? MARGIN.side + width / 2 : align === 'right' ? MARGIN.side + width : MARGIN.side;
  lines.forEach((t, i) => doc.text(t, x, baseline(y + i * lh, lh, size), { align }));
  if (right) doc.text(right, MARGIN.side + width, baseline(y, lh, size), { align: 'right' });
  return y + Math.max(1, lines.length) * lh + size * 0.4;
}
