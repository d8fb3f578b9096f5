// The writer worker's job (src/worker/app.worker.ts runs it): an import written off the
// page's thread, by the same writeImported, all or none.
import type { Entry } from './entry';
import { writeImported, type SeenStamp } from './import-entries';
import { errorReply, type WriterJob, type WriterPart, type WriterReply } from './import-writer';

const post = (m: WriterReply) => (self as unknown as Worker).postMessage(m);
const rows: Entry[] = [];
let seen: Map<string, SeenStamp | null> | undefined;

export async function onMessage(e: MessageEvent<WriterJob>): Promise<void> {
  const m = e.data;
  if ('json' in m) {
    const part = JSON.parse(m.json) as WriterPart;
    part.rows.forEach((r, i) => {
      rows.push(r);
      if (part.seen) (seen ??= new Map()).set(r.id, part.seen[i]);
    });
    return;
  }
  try {
    await writeImported(rows, seen, (done) => post({ progress: done }));
    post({ done: true });
  } catch (err) {
    post({ error: errorReply(err) });
  }
}
