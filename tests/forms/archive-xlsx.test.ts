import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { archive, BOXES, itemAt, volumeCount } from '../../src/forms/archive';
import { catalogue } from './archive-data';
import { NO_SOURCES } from '../../src/forms/kit/define';
import { catalogueWorkbook } from '../../src/render/xlsx/catalogue';
import { defaultSettings } from '../../src/settings/schema';
import type { Entry } from '../../src/storage/entry';
import { readOwnWorkbook, workbookIncoming } from '../../src/io/read-workbook';
import { planImport } from '../../src/io/merge';

const [b1, , b3] = BOXES;
const entry: Entry = {
  id: '6d1f3a52-6a1e-4c7e-9a51-3c2d1e0f9a02', formId: '2-2', formVersion: 2, createdAt: 1, updatedAt: 2, status: 'draft',
  data: catalogue({ ...archive.emptyData(), unit: '城关中学', year: '2021-2022', semester: '下学期' }, [
    [b1, 0, { state: '齐全', count: 12, pages: 40 }],
    [b1, 1, { state: '部分', count: 3, pages: 5 }],
    [b1, 2, { state: '无' }],
    [b3, 4, { volume: 2 }],
  ], [[b3, 2]]),
};

let bytes: Uint8Array;
const wb = new ExcelJS.Workbook();
beforeAll(async () => {
  bytes = await catalogueWorkbook(archive, entry, { ...defaultSettings(), unit: '城关中学' }, NO_SOURCES);
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
});

describe('the catalogue workbook', () => {

  it('holds the catalogue, the overview and a directory per box and volume', () => {
    const visible = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(visible).toEqual(['2021-2022', '缺项一览', 'Ⅰ类目录', 'Ⅱ类目录', 'Ⅲ类盒（一）目录', 'Ⅲ类盒（二）目录',
      'Ⅳ类目录', 'Ⅴ类目录', 'Ⅵ类目录', 'Ⅶ类目录', 'Ⅷ类目录']);
  });

  it('lays the catalogue out as the paper form: title, spine and front per box, borders, 宋体, A4', () => {
    const ws = wb.getWorksheet('2021-2022')!;
    expect(ws.getCell('A2').value).toBe('“控辍保学”档案材料分类目录');
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
    for (const b of BOXES) expect(all.some((t) => t.startsWith(b.spine))).toBe(true);
    expect(all).toContain(`城关中学\n${b1.title}`);
    expect(all).toContain('盒（二）');
    expect(ws.getCell('A4').font.name).toBe('宋体');
    expect(ws.getCell('A4').border?.top?.style).toBe('thin');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('lists what is missing', () => {
    const ws = wb.getWorksheet('缺项一览')!;
    expect(ws.getCell('A1').value).toBe('缺项一览（2021-2022学年下学期）');
    expect([3, 4].map((r) => [2, 4].map((c) => ws.getCell(r, c).value))).toEqual([['②', '部分'], ['③', '无']]);
  });

  it('writes each directory with its items, counts and a 合计 that sums them', () => {
    const ws = wb.getWorksheet('Ⅰ类目录')!;
    expect(ws.getCell('A1').value).toBe('盒内详细目录');
    expect(ws.getCell('A3').value).toBe('学校：城关中学');
    expect([5, 6].map((r) => [1, 3, 4].map((c) => ws.getCell(r, c).value))).toEqual([[1, 12, 40], [2, 3, 5]]);
    expect(String(ws.getCell('B5').value)).toContain('①上级下发');
    const total = ws.getCell('C17').value as ExcelJS.CellFormulaValue;
    expect(ws.getCell('A17').value).toBe('合计');
    expect(total).toMatchObject({ formula: 'SUM(C5:C16)', result: 15 });
    expect(ws.getCell('B5').font.name).toBe('宋体');
    expect(ws.getCell('B5').border?.left?.style).toBe('thin');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(String(wb.getWorksheet('Ⅲ类盒（二）目录')!.getCell('B5').value)).toContain('⑤辖区内');
  });

  it('re-imports as the same entry', () => {
    const read = readOwnWorkbook(bytes);
    expect(read.error).toBeUndefined();
    expect(read.rows).toHaveLength(1);
    const row = read.rows[0] as Entry;
    expect(row.id).toBe(entry.id);
    expect(itemAt(row.data, b1, 0).count).toBe(12);
    expect(volumeCount(row.data, b3)).toBe(2);
    expect(row.data).toEqual(entry.data);
  });
});

describe('the catalogue sheet edited in Excel', () => {
  it('names an edited item cell as the editor does, and takes it into the item’s row', async () => {
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = edited.getWorksheet('2021-2022')!;
    let changed = 0;
    ws.eachRow((row) => row.eachCell((c) => {
      if (c.value === '部分') { c.value = '齐全'; changed++; }
      if (c.value === 40) { c.value = 41; changed++; }
    }));
    expect(changed).toBe(2);
    const read = readOwnWorkbook(new Uint8Array(await edited.xlsx.writeBuffer()));
    const incoming = workbookIncoming(read, 'catalogue.xlsx');
    const plan = planImport(new Map(), incoming, { now: 10 });
    expect(plan[0]!.edits).toEqual([
      { label: 'Ⅰ类① 页数', hidden: '40', shown: '41', take: { key: 'items.0.pages', value: 41 } },
      { label: 'Ⅰ类② 情况', hidden: '部分', shown: '齐全', take: { key: 'items.1.state', value: '齐全' } },
    ]);
    const taken = planImport(new Map(), incoming, { now: 10, takeVisible: new Set([0]) });
    const data = taken[0]!.write!.data;
    expect([itemAt(data, b1, 0).pages, itemAt(data, b1, 1).state, itemAt(data, b1, 1).count]).toEqual([41, '齐全', 3]);
  });
});
