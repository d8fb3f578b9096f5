import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GROUPS, type GroupKey } from '../../src/calc/recheck';
import { recheckWorkbook, type RecheckSheetRow } from '../../src/render/xlsx/recheck-workbook';

const row = (name: string): RecheckSheetRow => ({
  name, idNumber: '61052620100315123X', birth: '2010-03-15', age: '11', village: '东街村', school: '', grade: '',
  roster: '不在花名册', checked: '',
});

describe('recheckWorkbook', () => {
  it('writes one bordered A4 sheet per group with Chinese headers, whole ID numbers as text', async () => {
    const groups: Record<GroupKey, RecheckSheetRow[]> = { toAdd: [row('甲'), row('乙')], notInHuji: [], pending: [row('丙')], fromElsewhere: [] };
    const bytes = await recheckWorkbook(groups, { unit: '城关小学', refDate: '2021-08-31' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(GROUPS.map((g) => g.title));
    const ws = wb.getWorksheet('户籍有、花名册无')!;
    expect(ws.getCell('A1').value).toBe('城关小学入学再核查：户籍有、花名册无（待补入花名册）');
    expect(ws.getCell('A2').value).toBe('共 2 人；年龄为 2021-08-31 的周岁');
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '姓名', '身份证号码', '出生日期', '周岁', '村委会', '就读学校', '年级', '花名册', '核查情况']);
    expect(ws.getCell('C5').value).toBe('61052620100315123X');
    expect(ws.getCell('B5').value).toBe('乙');
    expect(ws.getCell('J4').border?.bottom?.style).toBe('thin');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(wb.getWorksheet('花名册有、户籍无')!.getCell('A2').value).toBe('共 0 人；年龄为 2021-08-31 的周岁');
  });
});
