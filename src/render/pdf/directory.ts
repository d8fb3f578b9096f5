import { jsPDF } from 'jspdf';
import { directoryTotals, termText, volumes, type Volume } from '../../forms/archive';
import type { EntryData } from '../../forms/kit/field';
import { baseline, useFont } from './font';
import { wrapText } from './wrap';

const MARGIN = { top: 50, side: 56, bottom: 50 };
const SIZE = 12;
const LH = SIZE * 1.4;
const PAD = 5;
/** Rows printed at least, blank ones for what is added by hand later. */
const MIN_ROWS = 12;
const HEADERS = ['序号', '资料名称', '份数', '页数', '备注'];
const SHARES = [0.09, 0.53, 0.1, 0.1, 0.18];

/** 盒内详细目录: one A4 page per box and volume, to put into the box. */
export function directoryPdf(values: EntryData, font: ArrayBuffer | Uint8Array): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  useFont(doc, font);
  doc.setProperties({ title: '盒内详细目录', creator: String(values.unit ?? '') });
  const school = String(values.unit ?? '').trim();
  const term = termText(values);
  volumes(values).forEach((vol, i) => {
    if (i) doc.addPage();
    drawDirectory(doc, vol, school, term);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawDirectory(doc: jsPDF, vol: Volume, school: string, term: string): void {
  const pageW = doc.internal.pageSize.getWidth();
  const width = pageW - 2 * MARGIN.side;
  const cx = pageW / 2;
  let y = MARGIN.top;

  doc.setFontSize(22);
  doc.text('盒内详细目录', cx, baseline(y, 30, 22), { align: 'center' });
  y += 38;
  doc.setFontSize(14);
  doc.text(`${vol.box.spine}${vol.mark ? ` ${vol.mark}` : ''}　${vol.box.title}`, cx, baseline(y, 20, 14), { align: 'center' });
  y += 30;
  doc.setFontSize(SIZE);
  doc.text(`学校：${school}`, MARGIN.side, baseline(y, LH, SIZE));
  if (term) doc.text(term, MARGIN.side + width, baseline(y, LH, SIZE), { align: 'right' });
  y += LH + 6;

  const xs = SHARES.reduce<number[]>((acc, s) => [...acc, acc[acc.length - 1] + s * width], [MARGIN.side]);
  const row = (cells: string[], minH: number, align: ('left' | 'center')[]) => {
    const lines = cells.map((t, c) => wrapText(t, xs[c + 1] - xs[c] - 2 * PAD, (s) => doc.getTextWidth(s)));
    const h = Math.max(minH, ...lines.map((l) => l.length * LH + 2 * PAD));
    doc.setFontSize(SIZE);
    lines.forEach((ls, c) => {
      doc.rect(xs[c], y, xs[c + 1] - xs[c], h);
      let ty = y + (h - ls.length * LH) / 2;
      const tx = align[c] === 'center' ? (xs[c] + xs[c + 1]) / 2 : xs[c] + PAD;
      for (const l of ls) {
        doc.text(l, tx, baseline(ty, LH, SIZE), { align: align[c] });
        ty += LH;
      }
    });
    y += h;
  };

  doc.setLineWidth(0.6);
  row(HEADERS, 28, HEADERS.map(() => 'center'));
  const num = (n: number | null) => (n == null ? '' : String(n));
  const itemAlign: ('left' | 'center')[] = ['center', 'left', 'center', 'center', 'left'];
  for (const r of vol.rows) row([String(r.no), `${r.mark}${r.name}`, num(r.count), num(r.pages), r.note], 30, itemAlign);
  for (let k = vol.rows.length; k < MIN_ROWS; k++) row(['', '', '', '', ''], 30, itemAlign);
  const t = directoryTotals(vol.rows);
  row(['合计', '', num(t.count), num(t.pages), ''], 28, ['center', 'left', 'center', 'center', 'left']);
}
