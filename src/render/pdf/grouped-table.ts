import { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { GroupedTable } from '../../forms/kit/grouped-table';
import type { Settings } from '../../settings/schema';
import { FAMILY, useFont } from './font';

const MARGIN = 36;
/** Left and right margins of the table: narrow, so that wide registers keep 9 pt text. */
const SIDE = 28;

/**
 * A table in titled groups (特殊情况分类花名册) as a landscape PDF: header on every page,
 * each group's title on a shaded row across the table, pages numbered.
 */
export function groupedTablePdf(table: GroupedTable, settings: Settings, font: ArrayBuffer | Uint8Array): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress: true });
  useFont(doc, font);
  doc.setProperties({ title: table.title, creator: settings.unit });
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();

  doc.setFontSize(18);
  doc.text(table.title, pageW / 2, MARGIN + 14, { align: 'center' });
  doc.setFontSize(11);
  doc.text(table.info, SIDE, MARGIN + 40);
  if (table.infoRight) doc.text(table.infoRight, pageW - SIDE, MARGIN + 40, { align: 'right' });

  const total = table.columns.reduce((a, c) => a + c.width, 0);
  const usable = pageW - 2 * SIDE;
  const n = table.columns.length;
  // No bold face: autotable's bold head would fall back to a Latin font and print garbage.
  const style = { font: FAMILY, fontStyle: 'normal' as const, textColor: 0, lineColor: 0, lineWidth: 0.5 };
  const titleRow = (title: string): RowInput =>
    [{ content: title, colSpan: n, styles: { fillColor: [245, 245, 245], fontSize: 11, halign: 'left' } }];
  const body: RowInput[] = table.groups.flatMap((g) => [...(g.title ? [titleRow(g.title)] : []), ...g.rows]);
  autoTable(doc, {
    startY: MARGIN + 50,
    margin: { top: MARGIN, bottom: MARGIN + 12, left: SIDE, right: SIDE },
    theme: 'grid',
    showHead: 'everyPage',
    head: [table.columns.map((c) => c.label)],
    body: body.length ? body : [[{ content: table.empty ?? '（无）', colSpan: n }]],
    styles: { ...style, fontSize: 9, cellPadding: 2, valign: 'top', overflow: 'linebreak' },
    headStyles: { ...style, fillColor: [235, 235, 235], halign: 'center', valign: 'middle' },
    columnStyles: Object.fromEntries(
      table.columns.map((c, i) => [i, { cellWidth: (usable * c.width) / total, ...(i === 0 ? { halign: 'center' as const } : {}) }]),
    ),
  });
  let y = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? MARGIN + 60;
  doc.setFontSize(10);
  for (const note of table.notes ?? []) {
    if (y + 24 > pageH - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    y += 16;
    doc.text(note, SIDE, y);
  }

  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFontSize(10);
    doc.text(`第 ${p} 页 共 ${pages} 页`, pageW / 2, pageH - MARGIN + 8, { align: 'center' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
