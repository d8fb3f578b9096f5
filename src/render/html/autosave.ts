import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryData } from '../../forms/kit/field';
import type { Entry } from '../../storage/entry';
import { entryExists, saveEntry } from '../../storage/entries';
import { explain } from '../../storage/errors';
import { journalClear, journalWrite } from '../../storage/journal';
import { askPersistence } from './persist';

export type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

const DELAY_MS = 300;

const open = new Set<() => Promise<unknown>>();
/** Writes every pending edit on the page, e.g. before an update reloads it. */
export const flushAll = () => Promise.all([...open].map((f) => f()));

/**
 * Keeps an entry in IndexedDB as it is typed: a write at most DELAY_MS after the last
 * change, writes in order, and a flush when the page is hidden or left, since a phone may
 * kill a background tab without warning.
 */
export function useAutosave(initial: Entry) {
  const [entry, setEntry] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef(initial);
  const dirty = useRef(false);
  // Writes started but not yet confirmed: a tab closing now may lose them.
  const writing = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const flush = () => {
    clearTimeout(timer.current);
    if (!dirty.current) return chain.current;
    dirty.current = false;
    const toWrite = latest.current;
    setState({ kind: 'saving' });
    writing.current++;
    chain.current = chain.current
      .then(() => saveEntry(toWrite))
      .finally(() => writing.current--)
      .then((saved) => {
        latest.current = { ...latest.current, updatedAt: saved.updatedAt, status: saved.status };
        journalClear(saved.id);
        setEntry((e) => ({ ...e, updatedAt: saved.updatedAt, status: saved.status }));
        if (!dirty.current) setState({ kind: 'saved' });
        void askPersistence();
      })
      .catch((err) => {
        // What is on screen stays; the next change tries again.
        dirty.current = true;
        setState({ kind: 'error', message: explain(err) });
      });
    return chain.current;
  };

  const update = (data: EntryData) => {
    latest.current = { ...latest.current, data };
    setEntry(latest.current);
    dirty.current = true;
    setState({ kind: 'saving' });
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, DELAY_MS);
  };

  useEffect(() => {
    const onHide = () => {
      if (dirty.current || writing.current > 0) journalWrite(latest.current);
      void flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    open.add(flush);
    // A new entry is not on the device until the first change: do not claim 已保存.
    void entryExists(initial.id).then((yes) => !yes && !dirty.current && setState({ kind: 'idle' }));
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      open.delete(flush);
      void flush();
    };
  }, []);

  /** Takes a newer copy saved elsewhere (another tab) as the one being edited. */
  const replace = (e: Entry) => {
    latest.current = e;
    dirty.current = false;
    setEntry(e);
  };

  return { entry, state, update, flush, replace, lastSaved: () => latest.current.updatedAt };
}
