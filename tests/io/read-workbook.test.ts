import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { defineForm } from '../../src/forms/kit/define';
import { DAMAGED, NOT_OURS, readOwnWorkbook, TOO_NEW } from '../../src/io/read-workbook';
import { visibleEdits } from '../../src/io/visible-edits';
import { formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import type { Entry } from '../../src/storage/entry';
import { form, settings, visitEntry } from '../render/visit-entry';

// A second, made-up form with an int field, known to the registry only in this test: the
// reader and the writers must work from any definition.
const tally = vi.hoisted(() => ({ form: undefined as unknown }));
vi.mock('../../src/forms/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/forms/registry')>();
  return { ...real, formById: (id: string) => (id === 'tally' ? tally.form : real.formById(id)) };
});
const tallyForm = defineForm({
  id: 'tally', version: 2, annex: '附件X', title: '测试统计表', summary: '', subjectKey: 'school', listKeys: ['school', 'count'],
  fields: [
    { key: 'school', label: '学校', kind: 'text' },
    { key: 'count', label: '人数', kind: 'int' },
    { key: 'tags', label: '类别', kind: 'multi', options: [{ value: 'a', label: '甲' }, { value: 'b', label: '乙' }] },
    { key: 'done', label: '完成', kind: 'flag' },
  ],
  sections: [{ keys: ['school', 'count', 'tags', 'done'] }],
  paper: {
    orientation: 'landscape', columns: [10, 10, 10, 10],
    head: [{ t: '测试统计表', align: 'center', size: 16, bold: true, right: '第一页' }],
    rows: [{ cells: [{ t: '学校', label: true }, { t: '{school}' }, { t: '人数', label: true }, { t: '{count}' }] },
      { cells: [{ t: '类别', label: true }, { t: '{tags}', colSpan: 3 }] }],
    foot: [],
  },
});
tally.form = tallyForm;

const tallyEntry = (data: Entry['data'], n = 1): Entry => ({
  id: `8e1c2b44-1f5e-4c1a-8d7b-00000000000${n}`, formId: 'tally', formVersion: 2,
  // Complete: the tally asks for nothing, and a file records the status evaluate() gives.
  createdAt: 1, updatedAt: 2, status: 'complete', data,
});

describe('readOwnWorkbook', () => {
  it('brings back numbers, arrays and flags by field kind', async () => {
    const entries = [
      tallyEntry({ school: '东街小学', count: 321, tags: ['a', 'b'], done: true }),
      tallyEntry({ school: '', count: null, tags: [], done: false }, 2),
    ];
    for (const bytes of [await formWorkbook(tallyForm, entries, settings), await registerWorkbook(tallyForm, entries, settings)]) {
      const { rows, error } = readOwnWorkbook(bytes.buffer as ArrayBuffer);
      expect(error).toBeUndefined();
      expect(rows).toEqual(entries);
    }
  });

  it('writes the layout of another form from its own definition', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbook(tallyForm, [tallyEntry({ school: '东街小学', count: 321, tags: ['a'] })], settings)) as never);
    const ws = wb.getWorksheet('东街小学')!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getCell('A1').value).toBe('测试统计表');
    expect(ws.getCell('D1').value).toBe('第一页');
    expect(ws.getCell('D2').value).toBe(321); // a number, so Excel can add it up
    expect(ws.getCell('B3').value).toBe('甲');
    expect(ws.model.merges).toContain('B3:D3');
  });

  it('keeps text that looks like numbers, formulas or JSON as text', async () => {
    const entry = visitEntry({ className: '007', teacher: '=1+1', family: '["not","an array"]', personal: '  前后空格  ', effect: '换行\n\t制表' });
    const { rows } = readOwnWorkbook(await formWorkbook(form, [entry], settings));
    expect(rows).toEqual([entry]);
    // XML turns CR LF into LF; browsers' text areas give LF anyway.
    const crlf = readOwnWorkbook(await formWorkbook(form, [visitEntry({ effect: 'a\r\nb' })], settings));
    expect((crlf.rows[0] as Entry).data.effect).toBe('a\nb');
  });

  it('drops characters XML cannot hold instead of writing a broken file', async () => {
    const entry = visitEntry({ family: 'a\u000bb\u0000c' });
    const { rows, error } = readOwnWorkbook(await formWorkbook(form, [entry], settings));
    expect(error).toBeUndefined();
    expect((rows[0] as Entry).data.family).toBe('abc');
  });

  it('declares its form and maps the visible cells that print each value', async () => {
    const e = tallyEntry({ school: '东街小学', count: 321, tags: ['a'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbook(tallyForm, [e], settings)) as never);
    wb.getWorksheet('东街小学')!.getCell('D2').value = 322;
    wb.getWorksheet('东街小学')!.getCell('B3').value = '甲、乙';
    const r = readOwnWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r).toMatchObject({ formId: 'tally', keys: ['school', 'count', 'tags', 'done'] });
    expect(r.meta?.[0].visible).toEqual([
      { template: '{school}', shown: '东街小学' },
      { template: '{count}', shown: '322' },
      { template: '{tags}', shown: '甲、乙' },
    ]);
    const edits = visibleEdits(tallyForm, e.data, r.meta![0].visible!);
    expect(edits).toEqual([
      { label: '人数', hidden: '321', shown: '322', take: { key: 'count', value: 322 } },
      { label: '类别', hidden: '甲', shown: '甲、乙' },
    ]);
  });

  it('refuses a workbook it did not write', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'id';
    expect(readOwnWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual({ rows: [], error: NOT_OURS });
    const fake = new ExcelJS.Workbook();
    fake.addWorksheet('数据').addRow(['id', 'formId']);
    expect(readOwnWorkbook(new Uint8Array(await fake.xlsx.writeBuffer())).error).toBe(NOT_OURS);
  });

  it('refuses a workbook from a newer version of the app', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('数据').addRow(['__jiafang__', 99]);
    expect(readOwnWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())).error).toBe(TOO_NEW);
  });

  it('reports damaged or non-Excel files without throwing', async () => {
    const good = await formWorkbook(form, [visitEntry()], settings);
    for (const bad of [
      new Uint8Array(0),
      new TextEncoder().encode('id,formId\n1,3-1\n'),
      new TextEncoder().encode('%PDF-1.7 not a workbook'),
      good.slice(0, good.length / 2),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ])
      expect(readOwnWorkbook(bad)).toEqual({ rows: [], error: DAMAGED });
  });
});
