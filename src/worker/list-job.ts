// A list read off the page's thread (the roster's, 附件2-1's checklist): the page asks with the
// reference date of ages, the worker reads and works the stored entries out and answers with
// the rows in chunks, then what goes with them. A county's 20,000 children took the page
// seconds on a phone; here the page only takes the rows in.
import Dexie from 'dexie';
import { db } from '../storage/db';
import { explain, READ_FAILED } from '../storage/errors';
import { storedSettings } from '../storage/settings-read';
import { refDateOf } from '../settings/schema';

export interface ListJob {
  /** Which request a reply answers: an answer to an older one is dropped. */
  gen: number;
  refDate: string;
}
export type ListReply<Row, Done> =
  | { gen: number; rows: Row[] }
  | { gen: number; done: Done }
  /** Why the read failed, in words for the user. */
  | { gen: number; error: string };

type Work<Row, Done> = (refDate: string) => Promise<{ rows: Row[]; done: Done }>;

/** Rows per message: each is unpacked on the page as one task, kept far below 200 ms. */
const CHUNK = 1000;

/** The reference date of ages in the stored settings (a worker has no settings journal). */
async function storedRefDate(): Promise<string> {
  const s = storedSettings((await db().settings.get('settings'))?.value);
  return refDateOf(s);
}

/**
 * The worker's onmessage for a list: `work` reads and computes, the rows go out in chunks.
 *
 * The work starts at once, with the stored settings' reference date, while the page's code
 * is still loading (the page starts this worker early: worker/early.ts). The page's first
 * question takes that answer when it asks for the same date and nothing was written since
 * the work began: Dexie tells every context of the origin of each write, this one included.
 * Otherwise, and for every later question, the work is done again. A write the worker hears
 * only after the page asked is one the page hears too, and it asks again.
 */
export function listHandler<Row, Done>(work: Work<Row, Done>) {
  const post = (m: ListReply<Row, Done>) => (self as unknown as Worker).postMessage(m);
  let written = false;
  const onWrite = () => { written = true; };
  Dexie.on('storagemutated', onWrite);
  let ahead: Promise<{ refDate: string; answer: Awaited<ReturnType<Work<Row, Done>>> } | undefined> | undefined = (async () => {
    const refDate = await storedRefDate();
    return { refDate, answer: await work(refDate) };
  })().catch(() => undefined); // the page's question does the work again, and says why it fails

  return async (e: MessageEvent<ListJob>): Promise<void> => {
    const { gen, refDate } = e.data;
    const early = ahead;
    const usable = !written;
    ahead = undefined;
    Dexie.on('storagemutated').unsubscribe(onWrite);
    try {
      const pre = usable ? await early : undefined;
      const { rows, done } = pre?.refDate === refDate ? pre.answer : await work(refDate);
      for (let i = 0; i < rows.length; i += CHUNK) post({ gen, rows: rows.slice(i, i + CHUNK) });
      post({ gen, done });
    } catch (err) {
      post({ gen, error: explain(err, READ_FAILED) });
    }
  };
}
