// The page's side of a list read in the worker (worker/list-job.ts): asks on opening and again
// after every change to the stored entries or settings (in this tab, in another, or in the
// import's writer), and keeps the list shown until the newer one is ready.
import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { recovered } from '../../storage/journal-recovery';
import { loadSettings } from '../../storage/settings';
import { explain, READ_FAILED } from '../../storage/errors';
import { inYear } from '../../settings/schema';
import type { ListJob, ListReply } from '../../worker/list-job';

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

/**
 * A worker started for the list as soon as its page's module runs, so that its code loads
 * while the page's own still does. `take()` hands it to the first list that mounts, or
 * starts one; not on a record's URL (?id=), which shows no list.
 */
export function earlyWorker(spawn: () => Worker): { take(): Worker } {
  let early = typeof Worker !== 'undefined' && !new URLSearchParams(location.search).has('id') ? spawn() : undefined;
  return {
    take() {
      const w = early ?? spawn();
      early = undefined;
      return w;
    },
  };
}

export function useListJob<Row, Done>(worker: { take(): Worker }): ListRead<Row, Done> {
  const [read, setRead] = useState<ListRead<Row, Done>>({});
  useEffect(() => {
    const w = worker.take();
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
        refDate = inYear(settings, settings.ageRef);
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
