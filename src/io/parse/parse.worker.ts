// The parsing worker: a thin shell around the pure readers, so that no file, however big
// or hostile, can freeze the page. The page may terminate it at any moment (取消).
import { ROWS_PER_MESSAGE, type ParseJob, type Progress, type WorkerMessage } from './jobs';

// Each part is one task on the page (JSON.parse): small enough to stay under 200 ms at 4× slower.
const ENTRIES_PER_MESSAGE = 2000;
const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);
const progress = (p: Progress) => post({ type: 'progress', ...p });

self.onmessage = async (e: MessageEvent<ParseJob>) => {
  try {
    await run(e.data);
  } catch {
    // A file that cannot be read (gone, or unreadable bytes): the page says so, nothing is written.
    post({ type: 'failed' });
  }
};

async function run(job: ParseJob) {
  if (job.kind === 'roster') {
    progress({ done: 0, total: 2, step: '正在读取文件' });
    const bytes = new Uint8Array(await job.file.arrayBuffer());
    progress({ done: 1, total: 2, step: '正在解析表格' });
    const { readSheet } = await import('../roster-import/sheet');
    const sheet = readSheet(bytes, job.file.name);
    if ('error' in sheet) return post({ type: 'done', result: sheet });
    for (let i = 0; i < sheet.rows.length; i += ROWS_PER_MESSAGE) post({ type: 'sheetRows', rows: sheet.rows.slice(i, i + ROWS_PER_MESSAGE) });
    post({ type: 'done', result: { ...sheet, rows: [] } });
  } else {
    // Loaded per job: a roster needs neither the backup format nor the forms' schemas.
    const [{ readImportFiles }, { prepareIncoming }] = await Promise.all([import('../read-files'), import('../merge')]);
    const result = await readImportFiles(job.files, (done, total, name) =>
      progress({ done, total, step: name ? `正在读取 ${name}` : '读取完成' }));
    // Every row is checked here, not on the page, and sent in parts: one message of 200,000
    // rows would take the page seconds just to receive.
    const all = result.incoming;
    for (let i = 0; i < all.length; i += ENTRIES_PER_MESSAGE) {
      progress({ done: i, total: all.length, step: `正在检查第 ${i + 1} / ${all.length} 条记录` });
      const rows = all.slice(i, i + ENTRIES_PER_MESSAGE).map((inc) => ({ ...inc, raw: undefined, prepared: prepareIncoming(inc) }));
      post({ type: 'incoming', json: JSON.stringify(rows) });
    }
    post({ type: 'done', result: { ...result, incoming: [] } });
  }
}
