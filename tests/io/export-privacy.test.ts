// Issue 16: a file leaving the device says how many children's ID numbers or health details
// it carries, and the roster 表册 carries its hidden data sheet and notes only when asked.
import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { NO_SOURCES } from '../../src/forms/kit/define';
import { roster } from '../../src/forms/roster';
import { schoolStats } from '../../src/forms/school-stats';
import { verification } from '../../src/forms/verification';
import { buildExport, type ExportJob } from '../../src/io/export';
import { exportWarning, privacyWarning, sensitivity, exportedFields, tableWarning } from '../../src/io/export-privacy';
import { childCells, childColumns } from '../../src/forms/evidence/child-columns';
import { planImport } from '../../src/io/merge';
import { readImportFiles } from '../../src/io/read-files';
import { defaultSettings } from '../../src/settings/schema';
import { AppDB, useDb } from '../../src/storage/db';
import { newEntry } from '../../src/storage/entry-parse';
import type { Entry } from '../../src/storage/entry';
import { MemoryStorage } from '../storage/memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`export-privacy-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const settings = { ...defaultSettings(), unit: '城关中学' };
const kids = (): Entry[] => [
  newEntry('roster', { name: '张三', idNumber: '610526201003151230', status: '县域内实际就读', phone: '13912345678', note: '白血病治疗中' }),
  newEntry('roster', { name: '李四', idNumber: '610526201207012240', status: '县域内实际就读', disabled: '否' }),
  newEntry('roster', { name: '王五', idNumber: '', status: '县域内实际就读', disabled: '是' }),
  newEntry('roster', { name: '赵六', idNumber: '', status: '县域内实际就读' }),
];

async function exported(job: Partial<ExportJob>) {
  const file = await buildExport({ form: roster, entries: kids(), settings, ctx: NO_SOURCES, kind: 'register-xlsx', ...job });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await file.arrayBuffer());
  return { file, wb, cells: JSON.stringify(wb.worksheets.map((s) => s.getSheetValues())) };
}

describe('the warning at the moment of export', () => {
  it('counts the children whose full ID number or health details the file carries, from the fields marked sensitive', () => {
    const data = kids().map((e) => e.data);
    // 张三, 李四 (ID numbers), 王五 (残疾儿童 是); 赵六 says nothing, 李四's 否 says nothing more.
    expect(exportWarning(roster, 'register-xlsx', data)).toBe('此文件含 3 名儿童的完整身份证号和健康、残疾或家庭困难等情况，请只发给需要的人。');
    expect(sensitivity(exportedFields(roster, 'register-pdf', { notes: false }), data)).toEqual({ children: 3, ids: true, health: true, notes: false });
    expect(sensitivity(exportedFields(roster, 'register-pdf', { notes: true }), data).notes).toBe(true);
    expect(privacyWarning({ children: 12, ids: true, health: false, notes: false })).toBe('此文件含 12 名儿童的完整身份证号，请只发给需要的人。');
  });

  it('says nothing for a file without such fields, and names 附件4 files', () => {
    expect(exportWarning(schoolStats, 'pdf', [schoolStats.emptyData()])).toBeNull();
    const form4 = { ...verification.emptyData(), name: '张三', idNumber: '610526201003151230' };
    expect(exportWarning(verification, 'pdf', [form4])).toBe('此文件含 1 名儿童的完整身份证号，请只发给需要的人。');
  });

  it('reads a list made from the roster (2-1\'s 特殊情况分类花名册) by the roster\'s sensitive columns', () => {
    const [zhang, , , zhao] = kids();
    const table = { title: '特殊情况分类花名册', info: '', columns: childColumns(8),
      groups: [{ title: '一、', rows: [childCells(1, '张三', zhang!.data), childCells(2, '赵六', zhao!.data)] }] };
    expect(tableWarning(table, roster)).toBe('此文件含 1 名儿童的完整身份证号，请只发给需要的人。');
    expect(tableWarning({ ...table, groups: [] }, roster)).toBeNull();
  });
});

describe('the roster 表册 .xlsx', () => {
  it('has no hidden data sheet and no notes unless asked for', async () => {
    const { wb, cells } = await exported({});
    expect(wb.worksheets.map((s) => s.name)).toEqual(['花名册表册']);
    expect(cells).not.toContain('白血病');
    expect(cells).not.toContain('备注');
    expect(cells).toContain('13912345678'); // the columns the bureau reads are all there
  });

  it('with the data sheet, is re-imported whole; its notes only when ticked too', async () => {
    for (const notes of [false, true]) {
      const { wb, file, cells } = await exported({ dataSheet: true, notes });
      expect(wb.worksheets.map((s) => s.name)).toContain('数据');
      expect(cells.includes('白血病治疗中')).toBe(notes);
      const read = await readImportFiles([file]);
      expect(read.errors).toEqual([]);
      const plan = planImport(new Map(), read.incoming, { now: Date.now() });
      expect(plan.map((p) => p.action)).toEqual(['new', 'new', 'new', 'new']);
      const zhang = plan.find((p) => p.entry?.data.name === '张三')!.entry!.data;
      expect(zhang).toMatchObject({ idNumber: '610526201003151230', phone: '13912345678' });
      expect(zhang.note ?? '').toBe(notes ? '白血病治疗中' : '');
    }
  });
});
