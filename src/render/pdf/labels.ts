import { jsPDF } from 'jspdf';
import { spineWidth, termText, volumes, type Volume } from '../../forms/archive';
import type { EntryData } from '../../forms/kit/field';
import { baseline, useFont } from './font';
import { wrapText } from './wrap';

const CM = 72 / 2.54;
const MARGIN = 1 * CM;
/** Spine labels are 25 cm tall: an A4 archive box's spine is 31 cm, the label sits inside it. */
const SPINE_HEIGHT = 25 * CM;
const FRONT = { w: 17 * CM, h: 8 * CM };
/** Between labels: room to cut, and for the corner marks of both neighbours. */
const GAP = 0.5 * CM;
const TICK = 5;
const LINE = 1.12;

/**
 * 盒脊 and 盒正面 labels for every box and volume: first the spines (as wide as the chosen
 * spine width, side by side), then the fronts, three to an A4 page. Each label has a thin
 * frame to cut along and corner marks outside it.
 */
export function labelsPdf(values: EntryData, font: ArrayBuffer | Uint8Array): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  useFont(doc, font);
  doc.setProperties({ title: '“控辍保学”档案盒标签', creator: String(values.unit ?? '') });
  const vols = volumes(values);
  const school = String(values.unit ?? '').trim();
  const term = termText(values);
  const width = spineWidth(values);
  const pageW = doc.internal.pageSize.getWidth();

  // Spines, as many across a page as fit.
  const w = width * CM;
  const perPage = Math.max(1, Math.floor((pageW - 2 * MARGIN + GAP) / (w + GAP)));
  vols.forEach((vol, i) => {
    const k = i % perPage;
    if (i > 0 && k === 0) doc.addPage();
    if (k === 0) caption(doc, `盒脊标签（宽 ${width} 厘米）：沿边框剪下，贴于档案盒侧面`);
    const rowW = Math.min(perPage, vols.length - i + k) * (w + GAP) - GAP;
    const x = (pageW - rowW) / 2 + k * (w + GAP);
    drawSpine(doc, x, MARGIN + 18, w, SPINE_HEIGHT, vol, school, term);
  });

  // Fronts, three to a page.
  vols.forEach((vol, i) => {
    const k = i % 3;
    if (k === 0) {
      doc.addPage();
      caption(doc, '盒正面标签：沿边框剪下，贴于档案盒正面');
    }
    drawFront(doc, (pageW - FRONT.w) / 2, MARGIN + 18 + k * (FRONT.h + GAP), vol, school, term);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

function caption(doc: jsPDF, text: string): void {
  doc.setFontSize(9);
  doc.setTextColor(90);
  doc.text(text, MARGIN, MARGIN + 6);
  doc.setTextColor(0);
}

/** The cut frame with short marks at each corner, outside the frame. */
function frame(doc: jsPDF, x: number, y: number, w: number, h: number): void {
  doc.setDrawColor(0);
  doc.setLineWidth(0.5);
  doc.rect(x, y, w, h);
  doc.setLineWidth(0.3);
  for (const [cx, cy, dx, dy] of [[x, y, -1, -1], [x + w, y, 1, -1], [x, y + h, -1, 1], [x + w, y + h, 1, 1]]) {
    doc.line(cx + dx * 1.5, cy, cx + dx * (1.5 + TICK), cy);
    doc.line(cx, cy + dy * 1.5, cx, cy + dy * (1.5 + TICK));
  }
}

// Vertical text: each hanzi upright on its own line; a run of digits or Latin letters
// (a school year such as 2021-2022) turned a quarter clockwise, read from top to bottom.
const RUN = /[A-Za-z0-9\-–.·/]+|./gsu;

function verticalHeight(doc: jsPDF, text: string, size: number): number {
  doc.setFontSize(size);
  return (text.match(RUN) ?? []).reduce((h, t) => h + (t.length > 1 ? doc.getTextWidth(t) + size * 0.25 : size * LINE), 0);
}

function drawVertical(doc: jsPDF, text: string, cx: number, top: number, size: number): number {
  doc.setFontSize(size);
  let y = top;
  for (const t of text.match(RUN) ?? []) {
    if (t.trim() === '') {
      y += size * 0.5;
      continue;
    }
    if (t.length > 1) {
      // Rotated -90°: the run goes down the page, glyph tops face right.
      doc.text(t, cx - size * 0.33, y + size * 0.1, { angle: -90 });
      y += doc.getTextWidth(t) + size * 0.25;
    } else {
      doc.text(t, cx, baseline(y, size * LINE, size), { align: 'center' });
      y += size * LINE;
    }
  }
  return y;
}

function drawSpine(doc: jsPDF, x: number, y: number, w: number, h: number, vol: Volume, school: string, term: string): void {
  frame(doc, x, y, w, h);
  const cx = x + w / 2;
  const pad = Math.min(20, w * 0.15);

  // The volume mark sits in a box at the foot of the spine, written across.
  let bottom = y + h - pad;
  if (vol.mark) {
    const size = Math.min(20, (w - 10) / 4.4);
    const boxH = size * 1.9;
    doc.setLineWidth(0.4);
    doc.rect(x + 4, bottom - boxH, w - 8, boxH);
    doc.setFontSize(size);
    doc.text(vol.mark, cx, baseline(bottom - boxH, boxH, size), { align: 'center' });
    bottom -= boxH + pad;
  }

  // Spine text, school and term, largest first; shrunk together when they do not fit.
  const blocks = [
    { text: vol.box.spine, size: Math.min(w * 0.5, 56) },
    { text: school, size: Math.min(w * 0.32, 30) },
    { text: term, size: Math.min(w * 0.22, 16) },
  ].filter((b) => b.text);
  const room = bottom - (y + pad);
  const minGap = 14;
  const natural = blocks.reduce((s, b) => s + verticalHeight(doc, b.text, b.size), 0);
  const k = Math.min(1, (room - minGap * (blocks.length - 1)) / natural);
  const heights = blocks.map((b) => verticalHeight(doc, b.text, b.size * k));
  const gap = Math.min(48, (room - heights.reduce((a, b) => a + b, 0)) / Math.max(1, blocks.length - 1));
  let top = y + pad;
  blocks.forEach((b, i) => {
    drawVertical(doc, b.text, cx, top, b.size * k);
    top += heights[i] + gap;
    // A rule under the spine text, as on printed archive labels.
    if (i === 0 && blocks.length > 1) {
      doc.setLineWidth(0.4);
      doc.line(x + w * 0.2, top - gap / 2, x + w * 0.8, top - gap / 2);
    }
  });
}

/** Largest size not above `max` at which `text` fits `width` in at most `lines` lines. */
function fitSize(doc: jsPDF, text: string, width: number, max: number, lines: number): number {
  for (let size = max; size > 8; size -= 1) {
    doc.setFontSize(size);
    if (wrapText(text, width, (t) => doc.getTextWidth(t)).length <= lines) return size;
  }
  return 8;
}

function drawFront(doc: jsPDF, x: number, y: number, vol: Volume, school: string, term: string): void {
  const { w, h } = FRONT;
  frame(doc, x, y, w, h);
  const cx = x + w / 2;
  const inner = w - 2 * 24;

  // Which box this is, across the top: it tells the labels apart before they are stuck on.
  doc.setFontSize(12);
  doc.text(`${vol.box.spine}${vol.mark ? ` ${vol.mark}` : ''}`, x + 16, baseline(y + 10, 18, 12));
  if (term) doc.text(term, x + w - 16, baseline(y + 10, 18, 12), { align: 'right' });

  const schoolSize = school ? fitSize(doc, school, inner, 26, 1) : 0;
  const titleSize = fitSize(doc, vol.box.title, inner, 32, 2);
  doc.setFontSize(titleSize);
  const titleLines = wrapText(vol.box.title, inner, (t) => doc.getTextWidth(t));
  const total = (school ? schoolSize * 1.6 : 0) + titleLines.length * titleSize * 1.3;
  let top = y + 28 + (h - 28 - total) / 2;
  if (school) {
    doc.setFontSize(schoolSize);
    doc.text(school, cx, baseline(top, schoolSize * 1.3, schoolSize), { align: 'center' });
    top += schoolSize * 1.6;
  }
  doc.setFontSize(titleSize);
  for (const line of titleLines) {
    doc.text(line, cx, baseline(top, titleSize * 1.3, titleSize), { align: 'center' });
    top += titleSize * 1.3;
  }
}
