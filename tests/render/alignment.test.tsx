// @vitest-environment happy-dom
// Every box of every annex sits the same way in the Excel file and the print view: both take
// the alignment the layout decides (placeCells), and the PDF writer reads the same fields.
import ExcelJS from 'exceljs';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NO_SOURCES } from '../../src/forms/kit/define';
import { expandPaper, placeCells } from '../../src/forms/kit/paper';
import { FORMS } from '../../src/forms/registry';
import { PrintView } from '../../src/render/print/PrintView';
import { formWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { settings } from './visit-entry';

describe.each(FORMS.filter((f) => f.paper.rows.length).map((f) => [f.annex || f.id, f] as const))('%s', (_, form) => {
  const data = form.emptyData();
  const values = form.resolve(data, NO_SOURCES);
  const paper = expandPaper(form.paper, values);
  const placed = placeCells(paper);

  it('the layout centres labels and short boxes and starts free text at the top', () => {
    for (const p of placed) {
      if (p.cell.label) expect(p.valign).toBe('middle');
      if (p.cell.align) expect(p.align).toBe(p.cell.align);
    }
  });

  it('Excel and the print view put every box where the layout says', async () => {
    const entry: Entry = { id: '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a01', formId: form.id, formVersion: form.version, createdAt: 1, updatedAt: 2, status: 'draft', data };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbook(form, [entry], settings)).buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const top = paper.head.length + 1;
    const root = document.createElement('div');
    render(h(PrintView, { form, values, back: '#' }), root);
    const tds = [...root.querySelectorAll<HTMLTableCellElement>('.p-grid td')];
    // The print view writes row by row, in the same order as placeCells.
    const inRows = [...placed].sort((a, b) => a.row - b.row || a.col - b.col);
    expect(tds).toHaveLength(inRows.length);
    inRows.forEach((p, i) => {
      const cell = ws.getCell(top + p.row, p.col + 1);
      expect([cell.alignment?.horizontal, cell.alignment?.vertical]).toEqual([p.align, p.valign]);
      expect([tds[i]!.style.textAlign, tds[i]!.style.verticalAlign]).toEqual([p.align, p.valign]);
    });
  });
});
