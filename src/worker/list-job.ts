// A list read off the page's thread (the roster's, 附件2-1's checklist): the page asks with the
// reference date of ages, the worker reads and works the stored entries out and answers with
// the rows in chunks, then what goes with them. A county's 20,000 children took the page
// seconds on a phone; here the page only takes the rows in.
import { db } from '../storage/db';
import { splitRows, type Split } from '../storage/entry-parse';
import { explain, READ_FAILED } from '../storage/errors';

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

/** Rows per message: each is unpacked on the page as one task, kept far below 200 ms. */
const CHUNK = 1000;

/**
 * A form's stored rows, parsed (deleted ones left out, unreadable ones apart). The page has
 * waited for the start-up recovery of journal copies before it asked (useListJob).
 */
export const readForm = async (formId: string): Promise<Split> =>
  splitRows(await db().entries.where('formId').equals(formId).toArray());

/** The worker's onmessage for a list: `work` reads and computes, the rows go out in chunks. */
export function listHandler<Row, Done>(work: (refDate: string) => Promise<{ rows: Row[]; done: Done }>) {
  const post = (m: ListReply<Row, Done>) => (self as unknown as Worker).postMessage(m);
  return async (e: MessageEvent<ListJob>): Promise<void> => {
    const { gen, refDate } = e.data;
    try {
      const { rows, done } = await work(refDate);
      for (let i = 0; i < rows.length; i += CHUNK) post({ gen, rows: rows.slice(i, i + CHUNK) });
      post({ gen, done });
    } catch (err) {
      post({ gen, error: explain(err, READ_FAILED) });
    }
  };
}
