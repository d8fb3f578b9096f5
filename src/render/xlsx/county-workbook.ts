// The bureau's county summary of 附件3-2: a row per school and a 合计 row. Counts are numbers;
// the 合计 counts are SUM formulas and its shares are computed from those sums (never an
// average of the schools' shares), each with its value cached for viewers that do not calculate.
import ExcelJS from 'exceljs';
import { COUNT_KEYS, SHARES, type CountySummary } from '../../calc/county';
import { schoolStats } from '../../forms/school-stats';
import { BOX, font, formulaCell, PERCENT_FORMAT, percentCell, xmlSafe } from './cells';

/** The columns after 单位名称, in the paper's order: each count, then the share made of it. */
export const COUNTY_COLUMNS: string[] = [
  'staffTotal', 'staffVisited', 'staffShare', 'studentTotal', 'studentsVisited', 'studentShare', 'visits',
  'face', 'faceShare', 'phone', 'phoneShare', 'sms', 'smsShare', 'online', 'onlineShare', 'suggestions',
];
export const columnLabel = (key: string): string =>
  (schoolStats.fieldByKey.get(key)?.label ?? key).replace('（含信件家访）', '');

const letter = (i: number) => String.fromCharCode(65 + i); // 17 columns: A..Q

export async function countyWorkbook(s: CountySummary, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件3-2汇总');
  const width = COUNTY_COLUMNS.length + 1;
  ws.columns = [{ width: 24 }, ...COUNTY_COLUMNS.map(() => ({ width: 12 }))];
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), { value: xmlSafe(title), font: font(16, true), alignment: { horizontal: 'center' } });
  const head = ws.getRow(2);
  ['单位名称', ...COUNTY_COLUMNS.map(columnLabel)].forEach((t, c) => {
    Object.assign(head.getCell(c + 1), {
      value: t, font: font(undefined, true), border: BOX, alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' },
    });
  });
  head.height = 60;
  const col = (key: string) => letter(COUNTY_COLUMNS.indexOf(key) + 1);
  const first = 3;
  s.schools.forEach((school, i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = xmlSafe(school.unit);
    COUNTY_COLUMNS.forEach((key, c) => {
      const share = school.shares[key];
      row.getCell(c + 2).value = key in school.counts
        ? school.counts[key as keyof typeof school.counts]
        : share == null ? null : percentCell(share);
    });
  });
  const last = first + s.schools.length - 1;
  const total = ws.getRow(last + 1);
  total.getCell(1).value = '合计';
  COUNTY_COLUMNS.forEach((key, c) => {
    const cell = total.getCell(c + 2);
    if ((COUNT_KEYS as readonly string[]).includes(key)) {
      const v = s.totals[key as keyof typeof s.totals];
      cell.value = s.schools.length ? formulaCell(`SUM(${col(key)}${first}:${col(key)}${last})`, v) : 0;
      return;
    }
    const def = SHARES.find((x) => x.key === key)!;
    const [p, w] = [`${col(def.part)}${last + 1}`, `${col(def.whole)}${last + 1}`];
    const v = s.totalShares[key];
    cell.value = formulaCell(`IF(${w}=0,"",ROUND(${p}*100/${w},1))`, v == null ? '' : percentCell(v));
  });
  for (let r = 3; r <= last + 1; r++)
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BOX;
      cell.font = font(undefined, r === last + 1);
      if (c > 1 && SHARES.some((x) => x.key === COUNTY_COLUMNS[c - 2])) cell.numFmt = PERCENT_FORMAT;
    }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
