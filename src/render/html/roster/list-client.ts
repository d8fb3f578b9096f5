// The page's side of the roster list's worker job (list-handler.ts).
import { useMemo } from 'preact/hooks';
import type { Entry } from '../../../storage/entry';
import { useListJob, type ListRead } from '../use-list-job';
import type { ChildRow, RosterModel } from './model';

export interface RosterListDone { dups: string[]; twice: Entry[][]; unreadable: number }
export type ListedRoster = RosterModel & { refDate: string; unreadable: number };

/**
 * The list's model (undefined while the worker reads it) and the reference date of ages: the
 * model's, or before the first model the settings' one, so the page's top (new child, import,
 * the date ages are counted at) shows and works while 20,000 children are still being read.
 */
export function useRosterModel(): { listed?: ListedRoster; refDate?: string; error?: string } {
  const { listed, refDate, error }: ListRead<ChildRow, RosterListDone> = useListJob('roster');
  const model = useMemo(() => listed && {
    rows: listed.rows, dups: new Set(listed.done.dups), twice: listed.done.twice, refDate: listed.refDate, unreadable: listed.done.unreadable,
  }, [listed]);
  return { listed: model, refDate, error };
}
