// The parsing worker's job (src/worker/app.worker.ts runs it): a thin shell around the pure
// readers, so that no file, however big or hostile, can freeze the page. The page may
// terminate it at any moment (取消).
import type { Entry } from '../../storage/entry';
import { errorReply } from '../../storage/import-writer';
import type { Incoming, PlanRow } from '../merge';
import { IDS_PER_MESSAGE, ROWS_PER_MESSAGE, WRITE_ON_PAGE, type OwnAsk, type ParseJob, type Progress, type WorkerMessage } from './jobs';

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);
const progress = (p: Progress) => post({ type: 'progress', ...p });

/**
 * An own-files job between the page's questions: its checked rows, the stored rows its
 * first plan was made against (what the commit checks for changes since), the last plan.
 * A 200,000-entry backup never crosses to the page: planning and writing it there cost the
 * page's (slower) thread seconds of copying and checking.
 */
let own: { incoming: Incoming[]; known?: Map<string, Entry>; plan?: PlanRow[] } | null = null;

export async function onMessage(e: MessageEvent<ParseJob | OwnAsk>): Promise<void> {
  const m = e.data;
  if ('ask' in m) {
    try {
      await answer(m);
    } catch (err) {
      post({ type: 'error', error: errorReply(err) });
    }
    return;
  }
  try {
    await run(m);
  } catch {
    // A file that cannot be read (gone, or unreadable bytes): the page says so, nothing is written.
    post({ type: 'failed' });
  }
}

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
  } else if (job.kind === 'reports') {
    const { readReceived } = await import('../read-school-report');
    const out = [];
    for (const [i, f] of job.files.entries()) {
      progress({ done: i, total: job.files.length, step: `正在读取 ${f.name}` });
      try {
        out.push(readReceived(f.name, new Uint8Array(await f.arrayBuffer())));
      } catch {
        // A file gone or unreadable since it was chosen: said for that file, the others read on.
        out.push({ name: f.name, read: { error: '无法读取此文件。' }, rows: [] });
      }
    }
    post({ type: 'done', result: out });
  } else {
    // Loaded per job: a roster needs neither the backup format nor the forms' schemas.
    const [{ readImportFiles }, { prepareIncoming }] = await Promise.all([import('../read-files'), import('../merge')]);
    const result = await readImportFiles(job.files, (done, total, name) =>
      progress({ done, total, step: name ? `正在读取 ${name}` : '读取完成' }), job.passphrase);
    // Every row is checked once, here: plans made again after the user's choices reuse it.
    const all = result.incoming;
    for (const [i, inc] of all.entries()) {
      if (i % 2000 === 0) progress({ done: i, total: all.length, step: `正在检查第 ${i + 1} / ${all.length} 条记录` });
      inc.prepared = prepareIncoming(inc);
      inc.raw = undefined;
    }
    own = { incoming: all };
    post({ type: 'done', result: { errors: result.errors, settings: result.settings, lists: result.lists, wrongPassphrase: result.wrongPassphrase } });
  }
}

async function answer(m: OwnAsk) {
  if (!own) throw new Error('no own-files job read in this worker');
  const job = own;
  const [{ planImport, planView, toWrite }, { knownEntries, stampOf, writeImported }] =
    await Promise.all([import('../merge'), import('../../storage/import-entries')]);
  if (m.ask === 'plan') {
    job.known ??= await knownEntries();
    job.plan = planImport(job.known, job.incoming, { now: m.now, choices: new Map(m.choices), takeVisible: new Set(m.takeVisible) });
    return post({ type: 'planned', view: planView(job.plan) });
  }
  if (!job.plan || !job.known) throw new Error('commit before a plan');
  const entries = toWrite(job.plan);
  const seen = entries.map((e) => stampOf(job.known!.get(e.id)));
  if (entries.length <= WRITE_ON_PAGE) return post({ type: 'writes', json: JSON.stringify({ rows: entries, seen }) });
  // The page learns which rows are written (and parse) before they are: its list of
  // unreadable rows would otherwise check all of them again, on its own thread, once written.
  for (let i = 0; i < entries.length; i += IDS_PER_MESSAGE) {
    const part = entries.slice(i, i + IDS_PER_MESSAGE);
    post({ type: 'readable', ids: part.map((e) => e.id), stamps: part.map((e) => e.updatedAt) });
  }
  // One transaction, all or none, settings included; a worker ended mid-way (the page left)
  // commits nothing. Writing the settings here, not from the page afterwards, also shows
  // 已导入 at once: the page's own request would wait behind the reads that the new rows
  // set off on /data/ (the list of unreadable rows reads every key again).
  const [{ db }, { settingsSchema }] = await Promise.all([import('../../storage/db'), import('../../settings/schema')]);
  const settings = m.settings && settingsSchema.parse(m.settings);
  await db().transaction('rw', db().entries, db().settings, async () => {
    await writeImported(entries, new Map(entries.map((e, i) => [e.id, seen[i]!])), (done, total) => post({ type: 'writing', done, total }));
    if (settings) await db().settings.put({ key: 'settings', value: settings });
  });
  post({ type: 'written', count: entries.length, settings: !!settings });
}
