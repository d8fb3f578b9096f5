// The roster list's worker job (src/worker/app.worker.ts runs it): the stored children read,
// parsed, checked and sorted off the page's thread. On a phone 4× slower than a PC the same
// work on the page took about 7 s for a county's 20,000 children before the list showed.
import { roster } from '../../../forms/roster';
import { runAtOnce } from '../../../calc/slices';
import { db } from '../../../storage/db';
import { splitRows } from '../../../storage/entry-parse';
import { modelSteps } from './model';
import type { RosterListJob, RosterListReply } from './list-client';

const post = (m: RosterListReply) => (self as unknown as Worker).postMessage(m);

/** Rows per message: each is unpacked on the page as one task, kept far below 200 ms. */
const CHUNK = 1000;

export async function onMessage(e: MessageEvent<RosterListJob>): Promise<void> {
  const { gen, refDate } = e.data;
  try {
    const stored = await db().entries.where('formId').equals(roster.id).toArray();
    const { entries, unreadable } = splitRows(stored);
    const model = runAtOnce(modelSteps(entries, refDate));
    for (let i = 0; i < model.rows.length; i += CHUNK) post({ gen, rows: model.rows.slice(i, i + CHUNK) });
    post({ gen, done: { dups: [...model.dups], twice: model.twice, unreadable: unreadable.length } });
  } catch (err) {
    post({ gen, error: err instanceof Error ? err.message : String(err) });
  }
}
