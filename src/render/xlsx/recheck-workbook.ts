// 入学再核查 as .xlsx: one bordered sheet per group (the four groups of calc/recheck.ts), Chinese
// headers, whole ID numbers (the file is the school's working list), A4 landscape.
import { GROUPS, type GroupKey } from '../../calc/recheck';
import { a4, BOX, font, xmlSafe } from './cells';
import { Workbook } from './ooxml';

export interface RecheckSheetRow {
  name: string;
  idNumber: string;
  birth: string;
  age: string;
  village: string;
  school: string;
  grade: string;
  /** 就学状态 on the roster, or where the child is (已在花名册, 已加入花名册 …). */
  roster: string;
  /** 已核查 and its note, or ''. */
  checked: string;
}

const COLUMNS: { key: keyof RecheckSheetRow; label: string; width: number }[] = [
  { key: 'name', label: '姓名', width: 10 },
  { key: 'idNumber', label: '身份证号码', width: 21 },
  { key: 'birth', label: '出生日期', width: 12 },
  { key: 'age', label: '周岁', width: 6 },
  { key: 'village', label: '村委会', width: 12 },
  { key: 'school', label: '就读学校', width: 16 },
  { key: 'grade', label: '年级', width: 8 },
  { key: 'roster', label: '花名册', width: 16 },
  { key: 'checked', label: '核查情况', width: 24 },
];

const LAST_COL = String.fromCharCode(64 + COLUMNS.length + 1);

export async function recheckWorkbook(
  groups: Record<GroupKey, RecheckSheetRow[]>,
  head: { unit: string; refDate: string },
): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = head.unit;
  wb.title = '入学再核查';
  for (const g of GROUPS) {
    const rows = groups[g.key];
    const ws = wb.addWorksheet(g.title);
    ws.columns = [{ width: 6 }, ...COLUMNS.map((c) => ({ width: c.width }))].map((c) => ({ ...c, style: { font: font() } }));
    ws.mergeCells(`A1:${LAST_COL}1`);
    const title = ws.getCell('A1');
    title.value = xmlSafe(`${head.unit}入学再核查：${g.title}（${g.hint}）`);
    title.font = font(14, true);
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(1).height = 28;
    ws.mergeCells(`A2:${LAST_COL}2`);
    ws.getCell('A2').value = `共 ${rows.length} 人；年龄为 ${head.refDate} 的周岁`;
    const header = ws.getRow(3);
    header.values = ['序号', ...COLUMNS.map((c) => c.label)];
    header.eachCell((cell) => {
      cell.font = font(11, true);
      cell.border = BOX;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    rows.forEach((r, i) => {
      const row = ws.getRow(4 + i);
      row.values = [i + 1, ...COLUMNS.map((c) => xmlSafe(r[c.key]))];
      for (let c = 1; c <= COLUMNS.length + 1; c++) {
        const cell = row.getCell(c);
        cell.border = BOX;
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c === 1 ? 'center' : 'left' };
      }
    });
    ws.views = [{ state: 'frozen', ySplit: 3 }];
    a4(ws, 'landscape', LAST_COL, 3 + Math.max(rows.length, 1));
    ws.pageSetup.printTitlesRow = '3:3';
  }
  return wb.xlsx.writeBuffer();
}
