// Runs inside Chromium (see scripts/bench.mjs): the export paths as a user's browser runs them.
import { formPdf, registerPdf } from '../../src/render/pdf';
import { formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import { visitRecord } from '../../src/forms/visit-record';
import { schoolStats } from '../../src/forms/school-stats';
import { newEntry } from '../../src/storage/entries';
import { defaultSettings } from '../../src/settings/schema';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { fontCodePoints } from '../../src/io/font-coverage';

const settings = { ...defaultSettings(), unit: '城关中学' };
const visit = (i: number) => newEntry('3-1', {
  unit: '城关中学', date: '2021-10-25', teacher: `教师${i % 60}`, position: '班主任', companions: `随访${i % 7}`,
  student: `学生${i}`, className: `七年级（${i % 8}）班`, parent: `家长${i}`, phone1: '13912345678',
  address: '蒲城县城关镇东街12号', time: '15:00-16:00', mode: ['face', 'phone', 'sms', 'online', 'letter'][i % 5],
  family: '父母务农，家中三口人，经济情况一般。'.repeat(3), personal: '学习认真，数学偏弱，性格开朗。'.repeat(3),
  points: '了解课后学习情况，宣传“双减”政策和安全知识。'.repeat(4), effect: '家长理解并支持学校工作。'.repeat(3),
  suggestions: i % 3 ? '希望增加课后服务时间。' : '', recorder: `教师${i % 60}`,
});

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
  return {
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

(window as unknown as { bench: Promise<unknown> }).bench = run();
