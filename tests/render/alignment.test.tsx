// @vitest-environment happy-dom
// Every box of every annex sits the same way in the Excel file, the print view and the PDF:
// the layout decides (render/layout), and each painter's output is read back as a reader
// sees it (Excel's cell alignment, the print view's style, where jsPDF puts the text), so a
// painter that decided alignment on its own would fail here.
import ExcelJS from 'exceljs';
import { jsPDF } from 'jspdf';
import { h, render } from 'preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NO_SOURCES } from '../../src/forms/kit/define';
import { FORMS } from '../../src/forms/registry';
import { layoutPaper, type Box, type LaidLine } from '../../src/render/layout/layout';
import { baseline, useFont } from '../../src/render/pdf/font';
import { paintPdf, pdfLayout, pdfMedium } from '../../src/render/pdf/form-pdf';
import { PrintView, printMedium } from '../../src/render/print/PrintView';
import { formWorkbook } from '../../src/render/xlsx';
import { EXCEL_MEDIUM } from '../../src/render/xlsx/form-workbook';
import type { Entry } from '../../src/storage/entry';
import { everyFieldFilled } from '../forms/scenario';
import { subsetFont } from './font';
import { settings } from './visit-entry';

type Seen = [string | undefined, string | undefined];
const at = (b: Pick<Box, 'row' | 'col'>) => `${b.row},${b.col}`;

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);

type Call = ['rect', number, number, number, number] | ['text', string, number, number, string | undefined];
type Text = Extract<Call, ['text', ...unknown[]]>;

/**
 * How the PDF shows the form: per box, jsPDF's `align` and where the first line sits in its
 * frame; and the text calls outside the frames (the head and foot lines), in order.
 */
function pdfAlignments(form: (typeof FORMS)[number], values: Entry['data']): { boxes: Map<string, Seen[]>; lines: Text[] } {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: form.paper.orientation });
  useFont(doc, font);
  const medium = pdfMedium(doc, form.paper.columns);
  const lh = medium.boxHeight(1) - medium.boxHeight(0);
  const calls: Call[] = [];
  const rect = doc.rect.bind(doc);
  const text = doc.text.bind(doc);
  vi.spyOn(doc, 'rect').mockImplementation((...a: Parameters<jsPDF['rect']>) => (calls.push(['rect', a[0], a[1], a[2], a[3]]), rect(...a)));
  vi.spyOn(doc, 'text').mockImplementation(((t: string, x: number, y: number, o?: { align?: string }) =>
    (calls.push(['text', t, x, y, o?.align]), text(t, x, y, o as never))) as never);
  const pieces = paintPdf(doc, pdfLayout(doc, form, values));
  const rects = calls.flatMap((c, i) => (c[0] === 'rect' ? [i] : []));
  expect(rects).toHaveLength(pieces.length);
  const boxes = new Map<string, Seen[]>();
  const inFrames = new Set<number>();
  pieces.forEach((piece, k) => {
    const [, x, y, w, hh] = calls[rects[k]!] as ['rect', number, number, number, number];
    expect(x).toBeCloseTo(50 + piece.box.x * medium.unit, 3);
    expect(w).toBeCloseTo(piece.box.w * medium.unit, 3);
    // The text calls right after this frame and inside it are its lines.
    const texts: Text[] = [];
    for (let i = rects[k]! + 1; i < calls.length; i++) {
      const c = calls[i]!;
      if (c[0] !== 'text' || c[3] < y || c[3] > y + hh) break;
      texts.push(c);
      inFrames.add(i);
    }
    if (!texts.some((t) => t[1].trim())) return;
    const [, , tx, by, align] = texts[0]!;
    const across: Record<string, number> = { left: x + medium.pad, center: x + w / 2, right: x + w - medium.pad };
    expect(tx).toBeCloseTo(across[align ?? 'left'] ?? NaN, 3);
    const top = by - baseline(0, lh, medium.size);
    const down = Math.abs(top - (y + medium.pad)) < 1e-6 ? 'top' : undefined;
    const middle = Math.abs(top - (y + (hh - texts.length * lh) / 2)) < 1e-6 ? 'middle' : undefined;
    // A frame that its lines fill shows top and middle alike: either is what the layout says.
    const valign = down && middle ? piece.box.valign : down ?? middle ?? `at ${top - y}`;
    boxes.set(at(piece.box), [...(boxes.get(at(piece.box)) ?? []), [align ?? 'left', valign]]);
  });
  const lines = calls.filter((c, i): c is Text => c[0] === 'text' && !inFrames.has(i) && !/^第 \d+ 页 共 \d+ 页$/.test(c[1]));
  return { boxes, lines };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Checks that the PDF's line calls draw `lines` in order, each with its alignment (and its right part at the right). */
function expectLines(calls: Text[], lines: LaidLine[]): void {
  let i = 0;
  for (const line of lines) {
    let drawn = '';
    do {
      const c = calls[i++];
      expect(c, `PDF line ${line.text}`).toBeDefined();
      expect([c![1], c![4]], `PDF line ${line.text}`).toEqual([c![1], line.align]);
      drawn += c![1];
      expect(squeeze(line.text).startsWith(squeeze(drawn)), `PDF line ${line.text}: ${drawn}`).toBe(true);
    } while (squeeze(drawn) !== squeeze(line.text));
    if (line.right) {
      const c = calls[i++];
      expect([c?.[1], c?.[4]], `PDF line ${line.text}`).toEqual([line.right, 'right']);
    }
  }
  expect(i).toBe(calls.length);
}

describe.each(FORMS.filter((f) => f.paper.rows.length || f.paper.head.length).map((f) => [f.annex || f.id, f] as const))('%s', (_, form) => {
  const data = everyFieldFilled(form);
  const values = form.resolve(data, NO_SOURCES);
  const layout = layoutPaper(form, values, EXCEL_MEDIUM);

  it('the layout centres labels and short boxes and starts free text at the top', () => {
    for (const b of layout.boxes) {
      if (b.label) expect(b.valign).toBe('middle');
      if (b.align === 'center') expect(b.valign).toBe('middle');
    }
    // Alignment is the layout's, whatever the medium measures.
    const aligned = (boxes: Box[]) => boxes.map((b) => [at(b), b.align, b.valign]);
    expect(aligned(layoutPaper(form, values, printMedium(form)).boxes)).toEqual(aligned(layout.boxes));
  });

  it('Excel, the print view and the PDF put every box where the layout says', async () => {
    const entry: Entry = { id: '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a01', formId: form.id, formVersion: form.version, createdAt: 1, updatedAt: 2, status: 'draft', data };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbook(form, [entry], settings)).buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const top = layout.head.length + 1;
    const root = document.createElement('div');
    render(h(PrintView, { form, values, back: '#' }), root);
    const tds = [...root.querySelectorAll<HTMLTableCellElement>('.p-grid td')];
    // The print view writes row by row, in the layout's order.
    expect(tds).toHaveLength(layout.boxes.length);
    const { boxes: pdf, lines } = pdfAlignments(form, values);
    let drawn = 0;
    layout.boxes.forEach((b, i) => {
      const want: Seen = [b.align, b.valign];
      const cell = ws.getCell(top + b.row, b.col + 1);
      expect([cell.alignment?.horizontal, cell.alignment?.vertical], `Excel ${at(b)}`).toEqual(want);
      expect([tds[i]!.style.textAlign, tds[i]!.style.verticalAlign], `print ${at(b)}`).toEqual(want);
      for (const seen of pdf.get(at(b)) ?? []) expect(seen, `PDF ${at(b)} ${b.text}`).toEqual(want);
      if (pdf.has(at(b))) drawn++;
    });
    // Every box with text was seen in the PDF.
    expect(drawn).toBe(layout.boxes.filter((b) => b.text.trim()).length);

    // The lines above and below the grid: Excel's first cell of the row, the print view's class, the PDF's calls.
    const rowsOf = [...layout.head.map((l, i) => [l, 1 + i] as const),
      ...layout.foot.map((l, i) => [l, top + layout.heights.length + i] as const)];
    const divs = [...root.querySelectorAll<HTMLDivElement>('.p-line')];
    expect(divs).toHaveLength(rowsOf.length);
    rowsOf.forEach(([line, r], i) => {
      expect(ws.getCell(r, 1).alignment?.horizontal, `Excel line ${line.text}`).toBe(line.align);
      expect(divs[i]!.classList.contains(line.align), `print line ${line.text}`).toBe(true);
    });
    expectLines(lines, [...layout.head, ...layout.foot]);
  });
});
