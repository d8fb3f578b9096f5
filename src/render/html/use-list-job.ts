// The page's side of a list read in the worker (worker/list-job.ts): asks on opening and again
// after every change to the stored entries or settings (in this tab, in another, or in the
// import's writer), and keeps the list shown until the newer one is ready.
import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { recovered } from '../../storage/journal-recovery';
import { loadSettings } from '../../storage/settings';
import { explain, READ_FAILED } from '../../storage/errors';
import { refDateOf } from '../../settings/schema';
import type { ListJob, ListReply } from '../../worker/list-job';
import { takeWorker } from '../../worker/early';
import type { Job } from '../../worker/jobs';

/** Changes seen within this pause are read once: an import or a burst of saves is one reread. */
const SETTLE_MS = 150;

export interface ListRead<Row, Done> {
  /** The last answer; undefined until the first one. */
  listed?: { rows: Row[]; done: Done; refDate: string };
  /** The reference date of ages, known before the first answer: the page's top can show. */
  refDate?: string;
  /** Why the last read failed, in words for the user (cleared by the next answer). */
  error?: string;
}

/** The list `job` reads in its worker (started early by the page, or now). */
export function useListJob<Row, Done>(job: Job): ListRead<Row, Done> {
  const [read, setRead] = useState<ListRead<Row, Done>>({});
  useEffect(() => {
    const w = takeWorker(job);
    let gen = 0;
    let refDate = '';
    let rows: Row[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const ask = async () => {
      try {
        await recovered();
        const settings = await loadSettings();
        if (closed) return;
        refDate = refDateOf(settings);
        setRead((r) => ({ ...r, refDate }));
        rows = [];
        w.postMessage({ gen: ++gen, refDate } satisfies ListJob);
      } catch (err) {
        if (!closed) setRead((r) => ({ ...r, error: explain(err, READ_FAILED) }));
      }
    };
    const failed = () => setRead((r) => ({ ...r, error: READ_FAILED }));
    w.onerror = (e) => { e.preventDefault(); failed(); };
    w.onmessageerror = failed;
    w.onmessage = (e: MessageEvent<ListReply<Row, Done>>) => {
      const m = e.data;
      if (m.gen !== gen) return;
      if ('rows' in m) for (const r of m.rows) rows.push(r);
      else if ('done' in m) setRead({ listed: { rows, done: m.done, refDate }, refDate });
      else setRead((r) => ({ ...r, error: m.error }));
    };
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void ask(), SETTLE_MS);
    };
    Dexie.on('storagemutated', changed);
    void ask();
    return () => {
      closed = true;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(changed);
      w.terminate();
    };
  }, []);
  return read;
}
