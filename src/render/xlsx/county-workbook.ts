// The bureau's county summary: a sheet per annex received, a row per school (or town) and a
// 合计 row. Counts are numbers; the 合计 counts are SUM formulas and its shares are computed
// from those sums (never an average of the schools' shares), each with its value cached for
// viewers that do not calculate.
import type { CountySummary } from '../../calc/county';
import { a4, BOX, font, formulaCell, PERCENT_FORMAT, percentCell, xmlSafe } from './cells';
import { Workbook, type Worksheet } from './ooxml';

/** Column letter of a 0-based index (A…Z, AA…). */
const letter = (i: number): string => (i < 26 ? '' : letter(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

/** "附件3-2汇总": the sheet of one annex. */
export const countySheetName = (s: CountySummary): string => `${s.annex.annex}汇总`;

export async function countyWorkbook(summaries: CountySummary[], titleOf: (s: CountySummary) => string): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const s of summaries) countySheet(wb.addWorksheet(countySheetName(s)), s, titleOf(s));
  return wb.xlsx.writeBuffer();
}

function countySheet(ws: Worksheet, s: CountySummary, title: string): void {
  const { columns } = s.annex;
  const width = columns.length + 1;
  ws.columns = [{ width: 24 }, ...columns.map(() => ({ width: columns.length > 14 ? 9 : 12 }))];
  a4(ws, 'landscape');
  ws.pageSetup.printTitlesRow = '1:2';
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), { value: xmlSafe(title), font: font(16, true), alignment: { horizontal: 'center' } });
  const head = ws.getRow(2);
  [s.annex.unitLabel, ...columns.map((c) => c.label)].forEach((t, c) => {
    Object.assign(head.getCell(c + 1), {
      value: t, font: font(undefined, true), border: BOX, alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' },
    });
  });
  head.height = 60;
  const col = (key: string) => letter(columns.findIndex((c) => c.key === key) + 1);
  const first = 3;
  s.schools.forEach((school, i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = xmlSafe(school.unit);
    columns.forEach((c, j) => {
      const v = school.values[c.key];
      row.getCell(j + 2).value = c.share ? (v == null ? null : percentCell(v)) : v;
    });
  });
  const last = first + s.schools.length - 1;
  const total = ws.getRow(last + 1);
  total.getCell(1).value = '合计';
  columns.forEach((c, j) => {
    const cell = total.getCell(j + 2);
    const v = s.totals[c.key];
    if (!c.share) {
      cell.value = s.schools.length ? formulaCell(`SUM(${col(c.key)}${first}:${col(c.key)}${last})`, v ?? 0) : 0;
      return;
    }
    const [p, w] = [`${col(c.share.part)}${last + 1}`, `${col(c.share.whole)}${last + 1}`];
    cell.value = formulaCell(`IF(${w}=0,"",ROUND(${p}*100/${w},1))`, v == null ? '' : percentCell(v));
  });
  for (let r = 3; r <= last + 1; r++)
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BOX;
      cell.font = font(undefined, r === last + 1);
      if (c > 1 && columns[c - 2]!.share) cell.numFmt = PERCENT_FORMAT;
    }
}
