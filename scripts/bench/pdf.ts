// Runs inside Chromium (see scripts/bench/pdf-session.mjs): one 3-1 PDF as the app makes it
// (io/export: the font check, then the file), with nothing loaded before the first export.
import type { ExportJob } from '../../src/io/export';

let n = 0;
async function onePdf(): Promise<number> {
  const [{ missingForPdf, buildExport }, { visitRecord }, { newEntry }, { defaultSettings }] = await Promise.all([
    import('../../src/io/export'), import('../../src/forms/visit-record'), import('../../src/storage/entries'), import('../../src/settings/schema'),
  ]);
  const i = ++n;
  const entry = newEntry('3-1', {
    unit: '城关中学', date: '2021-10-25', teacher: `教师${i}`, position: '班主任', student: `学生${i}`, className: '七年级（2）班',
    parent: `家长${i}`, phone1: '13912345678', address: '蒲城县城关镇东街12号', time: '15:00-16:00', mode: 'face',
    family: '父母务农，家中三口人，经济情况一般。', personal: '学习认真，数学偏弱，性格开朗。', points: '了解课后学习情况，宣传“双减”政策和安全知识。',
    effect: '家长理解并支持学校工作。', recorder: `教师${i}`,
  });
  const job: ExportJob = { form: visitRecord, entries: [entry], settings: { ...defaultSettings(), unit: '城关中学' }, ctx: {}, kind: 'pdf' };
  const missing = await missingForPdf(job);
  if (missing.length) throw new Error(`font lacks ${missing.join('')}`);
  return (await buildExport(job)).size;
}

/** Fetches the font into Cache Storage, as the first export or 离线准备 of an earlier visit did. */
async function prime(): Promise<void> {
  const { prepareFont } = await import('../../src/io/font');
  await prepareFont();
}

async function timed(): Promise<number> {
  const t0 = performance.now();
  await onePdf();
  return performance.now() - t0;
}

(window as unknown as { pdfBench: unknown }).pdfBench = { prime, timed };
