// Runs inside Chromium (see scripts/bench.mjs): the export paths as a user's browser runs them.
import { formPdf, registerPdf } from '../../src/render/pdf';
import { formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import { visitRecord } from '../../src/forms/visit-record';
import { schoolStats } from '../../src/forms/school-stats';
import { newEntry } from '../../src/storage/entry-parse';
import { defaultSettings } from '../../src/settings/schema';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { fontCodePoints } from '../../src/io/font-coverage';
import { utils, write } from '@e965/xlsx';
import { checkDigit } from '../../src/calc/idcard';
import { matchHeaders } from '../../src/io/roster-import/headers';
import { rowsToChildren } from '../../src/io/roster-import/rows';
import { readSheet } from '../../src/io/roster-import/sheet';
import { planRosterImport } from '../../src/io/roster-plan';
import { schoolingReport } from '../../src/forms/schooling-report';
import { townTable } from '../../src/forms/town-table';
import { buildChecklist, summarize } from '../../src/forms/evidence';

const settings = { ...defaultSettings(), unit: '城关中学' };
const visit = (i: number) => newEntry('3-1', {
  unit: '城关中学', date: '2021-10-25', teacher: `教师${i % 60}`, position: '班主任', companions: `随访${i % 7}`,
  student: `学生${i}`, className: `七年级（${i % 8}）班`, parent: `家长${i}`, phone1: '13912345678',
  address: '蒲城县城关镇东街12号', time: '15:00-16:00', mode: ['face', 'phone', 'sms', 'online', 'letter'][i % 5],
  family: '父母务农，家中三口人，经济情况一般。'.repeat(3), personal: '学习认真，数学偏弱，性格开朗。'.repeat(3),
  points: '了解课后学习情况，宣传“双减”政策和安全知识。'.repeat(4), effect: '家长理解并支持学校工作。'.repeat(3),
  suggestions: i % 3 ? '希望增加课后服务时间。' : '', recorder: `教师${i % 60}`,
});

const STATUSES = ['县域内实际就读', '县域内实际就读', '县域内实际就读', '县域外就读', '初中已毕业', '延缓入学', '外迁无法联系'];

/** A 20,000-child roster workbook as schools keep them: one row per child, an ID column. */
function rosterWorkbook(n: number): Uint8Array {
  const rows: (string | number)[][] = [['姓名', '性别', '身份证号码', '村委会', '家庭住址', '家长姓名', '联系电话', '就学状态', '就读学校', '年级']];
  for (let i = 0; i < n; i++) {
    const y = 2006 + (i % 10);
    const body = `610526${y}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    rows.push([`儿童${i}`, i % 2 ? '男' : '女', body + checkDigit(body), `第${i % 40}村`, '某镇某村', `家长${i}`, '13912345678',
      STATUSES[i % STATUSES.length], '城关中学', '七年级']);
  }
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '花名册');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }));
}

async function time<T>(runs: number, f: () => Promise<T> | T): Promise<{ ms: number; out: T }> {
  let out = await f(); // warm-up: libraries compiled, font parsed
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) out = await f();
  return { ms: (performance.now() - t0) / runs, out };
}

async function run() {
  const font = new Uint8Array(await (await fetch('/fonts/NotoSerifSC-subset.ttf')).arrayBuffer());
  const one = [visit(1)];
  const many = Array.from({ length: 1000 }, (_, i) => visit(i));
  const xlsxOne = await time(5, () => formWorkbook(visitRecord, one, settings));
  const pdfOne = await time(5, () => formPdf(visitRecord, one, settings, font));
  const ctx = { sources: { '3-1': many.map((e) => e.data) } };
  const stats = newEntry('3-2', { unit: '城关中学', staffTotal: 80, studentTotal: 1200 });
  const pdf32 = await time(5, () => formPdf(schoolStats, [stats], settings, font, ctx));
  const derive32 = await time(20, () => schoolStats.resolve(stats.data, ctx));
  const xlsxMany = await time(1, () => registerWorkbook(visitRecord, many, settings));
  const pdfMany = await time(1, () => registerPdf(visitRecord, many, settings, font));
  const readMany = await time(1, () => readOwnWorkbook(xlsxMany.out));
  const cover = await time(3, () => fontCodePoints(font, { bmpOnly: true }));
  const book = rosterWorkbook(20_000);
  const t0 = performance.now();
  const sheet = readSheet(book, '花名册.xlsx');
  if ('error' in sheet) throw new Error(sheet.error);
  const children = rowsToChildren(sheet.rows, matchHeaders(sheet.headers).mapping, { firstRow: sheet.firstRow, ageRef: '2021-08-31' });
  const plan = planRosterImport([], children);
  const importMs = performance.now() - t0;
  const list = children.map((c) => c.data);
  // A fresh list each run: tallies are cached per list, and an edit makes a new list.
  const fresh = () => ({ sources: { roster: [...list] }, refDate: '2021-08-31' });
  const r11 = await time(3, () => schoolingReport.resolve({}, fresh()));
  const r12 = await time(3, () => townTable.resolve({}, fresh()));
  const linked = children.map((c, i) => ({ id: String(i), data: c.data }));
  const checklist = await time(3, () => summarize(buildChecklist(linked, [], [], '2021-08-31')));
  if (!plan) throw new Error('no plan');
  return {
    '20,000-row roster .xlsx read, checked and planned (ms)': importMs,
    '附件1-1 from 20,000 children (ms)': r11.ms,
    '附件1-2 from 20,000 children (ms)': r12.ms,
    '附件2-1 checklist of 20,000 children (ms)': checklist.ms,
    'one 3-1 form → .xlsx (ms)': xlsxOne.ms,
    'one 3-1 form → PDF (ms)': pdfOne.ms,
    'one 3-1 PDF size (KB)': pdfOne.out.length / 1024,
    'one 3-2 form → PDF (ms)': pdf32.ms,
    '3-2 derived from 1,000 records (ms)': derive32.ms,
    '1,000-record 家访表册 → .xlsx (ms)': xlsxMany.ms,
    '1,000-record 家访表册 → PDF (ms)': pdfMany.ms,
    '1,000-record 家访表册 .xlsx read back (ms)': readMany.ms,
    'font cmap parse (ms)': cover.ms,
  };
}

/** `?only=register`: the 表册 alone, for the page the bench opens with the CPU throttled 4×. */
async function register() {
  const many = Array.from({ length: 1000 }, (_, i) => visit(i));
  const xlsxMany = await time(1, () => registerWorkbook(visitRecord, many, settings));
  return { '1,000-record 家访表册 → .xlsx, 4× CPU (ms)': xlsxMany.ms };
}

(window as unknown as { bench: Promise<unknown> }).bench = new URLSearchParams(location.search).get('only') === 'register' ? register() : run();
