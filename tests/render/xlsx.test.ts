import ExcelJS from 'exceljs';
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formulaCell, formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { registerColumns } from '../../src/forms/kit/register';
import { entryEnvelope } from '../../src/storage/entry';
import { dump } from './dump';
import { form, settings, visitEntry } from './visit-entry';

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The first cell whose text is `text`, as [row, col]. */
function find(ws: ExcelJS.Worksheet, text: string): [number, number] {
  let at: [number, number] | undefined;
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (!at && cell.value === text) at = [r, c];
  }));
  if (!at) throw new Error(`no cell ${JSON.stringify(text)}`);
  return at;
}

describe('formWorkbook (附件3-1)', async () => {
  const entry = visitEntry();
  const bytes = await formWorkbook(form, [entry], settings);
  dump('3-1.xlsx', bytes);

  it('lays the entry out like the paper form', async () => {
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['李㛃', '数据']);
    const ws = wb.getWorksheet('李㛃')!;

    const [r, c] = find(ws, '受访学生\n姓名');
    expect(ws.getCell(r, c + 1).value).toBe('李㛃');
    expect(ws.getCell(r, c).font).toMatchObject({ name: '宋体', bold: true });
    expect(ws.getCell(r, c).alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell(r, c + 1).alignment).toMatchObject({ horizontal: 'left', wrapText: true });
    expect(ws.getCell(r, c + 1).font).toMatchObject({ name: '宋体' });

    const [tr] = find(ws, '“教师大家访”活动记录表');
    expect(ws.model.merges).toContain(`A${tr}:F${tr}`);
    expect(ws.getCell(tr, 1).font).toMatchObject({ bold: true, size: 18, name: '宋体' });
    expect(ws.getCell(tr, 1).alignment).toMatchObject({ horizontal: 'center' });

    // The unit line carries the date at its right end.
    const [ur] = find(ws, '单位名称：城关中学');
    expect(ws.getCell(ur, 6).value).toBe('2021年10月25日');
    expect(ws.getCell(ur, 6).alignment).toMatchObject({ horizontal: 'right' });

    // 班级 spans three columns: the last cell of the range has its own border.
    const [cr, cc] = find(ws, '班级');
    expect(ws.getCell(cr, cc + 1).value).toBe('七年级（2）班');
    for (let col = cc + 1; col <= 6; col++)
      expect(ws.getCell(cr, col).border).toMatchObject({ top: { style: 'thin' }, right: { style: 'thin' }, bottom: { style: 'thin' } });
    // 受访家长姓名 spans two rows.
    const [pr, pc] = find(ws, '受访家长\n姓名');
    expect(ws.model.merges).toContain(`A${pr}:A${pr + 1}`);
    expect(ws.getCell(pr + 1, pc).border).toMatchObject({ bottom: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell(pr + 1, 4).value).toBe('电话2：0913-7212345');

    const [sr, sc] = find(ws, '家长对学校、对教育部门的建议和意见');
    expect(ws.getCell(sr, sc + 1).value).toBe('希望学校多组织课外活动。\n\n受访家长签名：李建国');
    expect(ws.getCell(sr + 1, 1).value).toBe('家访记录人：王老师');

    expect(ws.getColumn(1).width).toBe(form.paper.columns[0]);
    expect(ws.getRow(r).height).toBeGreaterThanOrEqual(36);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(wb.getWorksheet('数据')!.state).toBe('veryHidden');
  });

  it('reads back with SheetJS', () => {
    const wb = read(bytes, { type: 'array' });
    const ws = wb.Sheets['李㛃'];
    const cells = utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' });
    const r = cells.findIndex((row) => row[0] === '受访学生\n姓名');
    expect(cells[r][1]).toBe('李㛃');
    expect(ws['!merges']!.map((m) => utils.encode_range(m))).toContain('A2:F2');
    expect(wb.Workbook?.Sheets?.find((s) => s.name === '数据')?.Hidden).toBe(2);
  });

  it('grows a row for long text', async () => {
    const long = '家访要点内容较多。'.repeat(60);
    const ws = (await load(await formWorkbook(form, [visitEntry({ points: long })], settings))).worksheets[0];
    const [r] = find(ws, '家访\n要点');
    expect(ws.getRow(r).height).toBeGreaterThan(110);
  });

  it('gives each sheet a unique, legal name', async () => {
    const entries = [
      visitEntry(),
      visitEntry({}, '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a02'),
      visitEntry({ student: '数据' }, '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a03'),
      visitEntry({ student: 'a/b[c]:d*e?f\\g一二三四五六七八九十一二三四五六七八九十一二三' }, '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a04'),
      visitEntry({ student: '' }, '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a05'),
    ];
    const names = (await load(await formWorkbook(form, entries, settings))).worksheets.map((w) => w.name);
    expect(names.slice(0, 3)).toEqual(['李㛃', '李㛃(2)', '数据(2)']);
    expect(names[3]).toMatch(/^abcdefg一二三/);
    expect([...names[3]].length).toBeLessThanOrEqual(31);
    expect(names[4]).toBe('第5份');
    expect(names[5]).toBe('数据');
  });

  it('round-trips through readOwnWorkbook', () => {
    const { rows, error } = readOwnWorkbook(bytes);
    expect(error).toBeUndefined();
    expect(rows).toEqual([entry]);
    const back = entryEnvelope.parse(rows[0]);
    expect(form.draftSchema.parse(back.data)).toEqual(entry.data);
  });

  it('writes a blank form when there is no entry', async () => {
    const wb = await load(await formWorkbook(form, [], settings));
    expect(wb.worksheets[0].name).toBe('附件3-1');
    expect(readOwnWorkbook(await formWorkbook(form, [], settings))).toMatchObject({ rows: [], formId: '3-1' });
  });
});

describe('registerWorkbook (家访表册)', async () => {
  const entries = [
    visitEntry(),
    visitEntry({ student: '赵堃', groups: [], phone2: '', mode: 'phone', suggestions: '' }, '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a02'),
  ];
  const bytes = await registerWorkbook(form, entries, settings);
  dump('3-1-register.xlsx', bytes);

  it('has a title, a bordered header and a row per entry', async () => {
    const wb = await load(bytes);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('附件3-1表册');
    expect(ws.getCell('A1').value).toBe('“教师大家访”家访表册');
    expect(ws.model.merges).toContain(`A1:${ws.getColumn(registerColumns(form).length).letter}1`);
    expect(ws.getCell('A2').value).toBe('单位名称：城关中学');
    const head = ws.getRow(3).values as unknown[];
    expect(head.slice(1)).toEqual(registerColumns(form).map((c) => c.label));
    expect(ws.getCell('B3').font).toMatchObject({ bold: true, name: '宋体' });
    expect(ws.getCell('B3').border).toMatchObject({ top: { style: 'thin' } });
    const col = (key: string) => 2 + form.registerKeys.indexOf(key);
    expect(ws.getCell(4, col('student')).value).toBe('李㛃');
    expect(ws.getCell(4, col('date')).value).toBe('2021年10月25日');
    expect(ws.getCell(4, col('mode')).value).toBe('面对面（实地）');
    expect(ws.getCell(4, col('groups')).value).toBe('留守儿童（含单亲子女）、学习困难学生');
    expect(ws.getCell(5, col('student')).value).toBe('赵堃');
    expect(ws.getCell(5, col('phone1')).border).toMatchObject({ left: { style: 'thin' } });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('round-trips every entry, empty fields included', () => {
    const { rows, error } = readOwnWorkbook(bytes);
    expect(error).toBeUndefined();
    expect(rows).toEqual(entries);
  });
});

describe('formulaCell', () => {
  it('keeps the cached result readable without recalculation', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('t');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('A3').value = formulaCell('=SUM(A1:A2)', 5);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const cell = read(bytes, { type: 'array', cellFormula: true }).Sheets.t.A3;
    expect(cell.v).toBe(5);
    expect(cell.f).toBe('SUM(A1:A2)');
    expect((await load(bytes)).worksheets[0].getCell('A3').value).toEqual({ formula: 'SUM(A1:A2)', result: 5 });
  });
});
