// The page's side of the roster list's worker (list-handler.ts): asks for the model on
// opening and again after every change to the stored entries or settings (in this tab, in
// another, or in the import's writer), and keeps the list shown until the newer one is ready.
import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../../../storage/entry';
import { recovered } from '../../../storage/journal-recovery';
import { loadSettings } from '../../../storage/settings';
import { inYear } from '../../../settings/schema';
import { spawnRosterList } from '../../../worker/spawn';
import type { ChildRow, RosterModel } from './model';

export interface RosterListJob {
  /** Which request a reply answers: an answer to an older one is dropped. */
  gen: number;
  refDate: string;
}
export type RosterListReply =
  | { gen: number; rows: ChildRow[] }
  | { gen: number; done: { dups: string[]; twice: Entry[][]; unreadable: number } }
  | { gen: number; error: string };

export type ListedRoster = RosterModel & { refDate: string; unreadable: number };

/** Changes seen within this pause are read once: an import or a burst of saves is one reread. */
const SETTLE_MS = 150;

/**
 * The list's worker, started as soon as this module runs on the list's page (not a child's,
 * ?id=): its code loads while the page's own still does, not after the page has routed to
 * the list. Taken by the first list that mounts.
 */
let early = typeof Worker !== 'undefined' && !new URLSearchParams(location.search).has('id') ? spawnRosterList() : undefined;

/**
 * The list's model (undefined while the worker reads it) and the reference date of ages: the
 * model's, or before the first model the settings' one, so the page's top (new child, import,
 * the date ages are counted at) shows and works while 20,000 children are still being read.
 */
export function useRosterModel(): { listed?: ListedRoster; refDate?: string } {
  const [data, setData] = useState<ListedRoster>();
  const [settingsRef, setSettingsRef] = useState<string>();
  useEffect(() => {
    const worker = early ?? spawnRosterList();
    early = undefined;
    let gen = 0;
    let refDate = '';
    let rows: ChildRow[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const ask = async () => {
      await recovered();
      const settings = await loadSettings();
      if (closed) return;
      refDate = inYear(settings, settings.ageRef);
      setSettingsRef(refDate);
      rows = [];
      worker.postMessage({ gen: ++gen, refDate } satisfies RosterListJob);
    };
    worker.onmessage = (e: MessageEvent<RosterListReply>) => {
      const m = e.data;
      if (m.gen !== gen) return;
      if ('rows' in m) for (const r of m.rows) rows.push(r);
      else if ('done' in m) setData({ rows, dups: new Set(m.done.dups), twice: m.done.twice, refDate, unreadable: m.done.unreadable });
      else console.error(m.error);
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
      worker.terminate();
    };
  }, []);
  return { listed: data, refDate: data?.refDate ?? settingsRef };
}
