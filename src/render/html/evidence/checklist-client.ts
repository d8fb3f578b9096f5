// The page's side of the checklist's worker job (checklist-handler.ts).
import { useMemo } from 'preact/hooks';
import type { ChildChecklist } from '../../../forms/evidence';
import { useListJob } from '../use-list-job';

export interface ChecklistDone { leftOut: number }
export interface ReadChecklist { list: ChildChecklist[]; leftOut: number; refDate: string }

/** The checklist (undefined while the worker reads it) and why the last read failed. */
export function useChecklist(): { read?: ReadChecklist; error?: string } {
  const { listed, error } = useListJob<ChildChecklist, ChecklistDone>('checklist');
  const read = useMemo(() => listed && { list: listed.rows, leftOut: listed.done.leftOut, refDate: listed.refDate }, [listed]);
  return { read, error };
}
