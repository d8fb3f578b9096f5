import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { FormDef } from '../../forms/kit/define';
import type { Field } from '../../forms/kit/field';
import type { Settings } from '../../settings/schema';
import type { Entry } from '../../storage/entry';
import { FAMILY, useFont } from './font';

const MARGIN = 36;

/** The 表册 title: “…记录表” becomes “…记录表册” (as in the Excel 表册). */
/**
 * The 表册 as a landscape table, one row per entry, header repeated on every page, pages
 * numbered. Columns are `form.listKeys` by default: every field would not fit a printed page.
 */
export function registerPdf(
  form: FormDef, entries: Entry[], settings: Settings, font: ArrayBuffer | Uint8Array,
  keys: string[] = form.listKeys,
): Uint8Array {
  const fields = keys.map((k) => form.fieldByKey.get(k)).filter((f): f is Field => !!f);
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress: true });
  useFont(doc, font);
  doc.setProperties({ title: form.registerTitle, creator: settings.unit });
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();

  doc.setFontSize(18);
  doc.text(form.registerTitle, pageW / 2, MARGIN + 14, { align: 'center' });
  doc.setFontSize(11);
  doc.text(`单位名称：${settings.unit}`, MARGIN, MARGIN + 40);
  doc.text(`共 ${entries.length} 份`, pageW - MARGIN, MARGIN + 40, { align: 'right' });

  // autotable sets head cells bold by default; with no bold face that prints garbage.
  const style = { font: FAMILY, fontStyle: 'normal' as const, textColor: 0, lineColor: 0, lineWidth: 0.5 };
  autoTable(doc, {
    startY: MARGIN + 50,
    margin: { top: MARGIN, bottom: MARGIN + 12, left: MARGIN, right: MARGIN },
    theme: 'grid',
    showHead: 'everyPage',
    head: [['序号', ...fields.map((f) => f.label)]],
    body: entries.map((e, i) => [String(i + 1), ...fields.map((f) => form.text(e.data, f.key))]),
    styles: { ...style, fontSize: 10, cellPadding: 4, valign: 'top', overflow: 'linebreak' },
    headStyles: { ...style, fillColor: [235, 235, 235], halign: 'center', valign: 'middle' },
    columnStyles: { 0: { halign: 'center', cellWidth: 34 } },
  });

  const pages = doc.getNumberOfPages();
  doc.setFontSize(10);
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.text(`第 ${p} 页 共 ${pages} 页`, pageW / 2, pageH - MARGIN + 8, { align: 'center' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
