// Names of exported files and sheets, and of the backup: what the user sees in a chat or a
// folder says what the file is, without the paper form's blank lines or tomorrow's date.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolingReport } from '../../src/forms/schooling-report';
import { backupFileName } from '../../src/io/backup';
import { fileNameFor } from '../../src/io/export';
import { formWorkbook } from '../../src/render/xlsx';
import { defaultSettings } from '../../src/settings/schema';
import type { Entry } from '../../src/storage/entry';

const report: Entry = {
  id: '7d0c7c1e-2b7a-4a8e-9f0e-0a1b2c3d4e5f', formId: '1-1', formVersion: 1, createdAt: 1, updatedAt: 2, status: 'draft',
  data: schoolingReport.emptyData(), // 辖区 not typed: it comes from settings
};

describe('附件1-1 file and sheet names', () => {
  it('take 辖区 from settings, not the blank line printed for an empty one', async () => {
    const settings = { ...defaultSettings(), unit: '城关中学', town: '城关镇', year: 2021 };
    const ctx = { sources: {}, settings: { unit: settings.unit, town: settings.town, year: 2021 }, refDate: '2021-08-31' };
    const job = { form: schoolingReport, entries: [report], settings, ctx, kind: 'xlsx' as const };
    const name = fileNameFor(job, new Date(2021, 9, 20));
    expect(name).toBe('城关中学_附件1-1_6-15周岁适龄儿童少年就学情况摸排统计报告_城关镇_20211020.xlsx');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbook(schoolingReport, [report], settings, ctx)) as never);
    expect(wb.worksheets[0]!.name).toBe('城关镇');
  });

  it('have no underscores run when there is no 辖区 at all', async () => {
    const settings = { ...defaultSettings(), unit: '', town: '' };
    const ctx = { sources: {}, settings: { unit: '', town: '', year: 2021 } };
    const name = fileNameFor({ form: schoolingReport, entries: [report], settings, ctx, kind: 'pdf' }, new Date(2021, 9, 20));
    expect(name).toBe('附件1-1_6-15周岁适龄儿童少年就学情况摸排统计报告_20211020.pdf');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbook(schoolingReport, [report], settings, ctx)) as never);
    expect(wb.worksheets[0]!.name).not.toMatch(/__/);
  });
});

describe('backup file name', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = tz;
  });

  it('carries the date on the device\'s calendar, not the UTC date', () => {
    // 07:30 on 26 October in Beijing is still 25 October in UTC.
    const now = new Date('2021-10-25T23:30:00Z');
    expect(now.getDate()).toBe(26);
    expect(backupFileName({ unit: '城关中学' }, now)).toBe('城关中学_家访控辍保学备份_20211026.json');
    expect(backupFileName({ unit: '' }, now)).toBe('本机_家访控辍保学备份_20211026.json');
  });
});
