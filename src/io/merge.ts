import type { Entry } from '../storage/entry';
import { parseEntry } from '../storage/entries';

export type Action = 'new' | 'updated' | 'unchanged' | 'rejected';

export interface Incoming {
  /** File name, for the preview. */
  source: string;
  /** Row number in the file (1-based, as a spreadsheet shows it), if it has rows. */
  row?: number;
  raw: unknown;
}

export interface PlanRow {
  source: string;
  row?: number;
  action: Action;
  entry?: Entry;
  reason?: string;
}

/** What an existing row looks like to a merge: only its timestamps matter. */
export interface Known {
  updatedAt: number;
  deletedAt?: number;
}

function reasonOf(err: unknown): string {
  const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] })?.issues;
  if (issues?.length) return `数据格式不正确（${issues.map((i) => i.path.join('.') || '记录').join('、')}）`;
  return (err as Error)?.message ?? '无法识别的记录';
}

/**
 * Decides, without writing anything, what an import would do. Entries keep their UUIDs; the
 * later `updatedAt` wins, so importing the same file twice changes nothing. An entry deleted
 * here is brought back only by a copy edited after the deletion.
 */
export function planImport(known: Map<string, Known>, incoming: Incoming[]): PlanRow[] {
  const parsed = incoming.map((inc) => {
    try {
      return { inc, entry: parseEntry(inc.raw) };
    } catch (err) {
      return { inc, reason: reasonOf(err) };
    }
  });
  // The same entry twice among the files (a teacher sent two exports): the newest copy counts.
  const newest = new Map<string, Entry>();
  for (const { entry } of parsed) {
    const seen = entry && newest.get(entry.id);
    if (entry && (!seen || entry.updatedAt > seen.updatedAt)) newest.set(entry.id, entry);
  }

  return parsed.map(({ inc, entry, reason }): PlanRow => {
    const base = { source: inc.source, row: inc.row };
    if (!entry) return { ...base, action: 'rejected', reason };
    if (newest.get(entry.id) !== entry) return { ...base, action: 'unchanged', entry, reason: '另有更新的副本' };
    const have = known.get(entry.id);
    if (!have) return { ...base, action: 'new', entry };
    const since = Math.max(have.updatedAt, have.deletedAt ?? 0);
    return { ...base, action: entry.updatedAt > since ? 'updated' : 'unchanged', entry };
  });
}

export const toWrite = (plan: PlanRow[]): Entry[] =>
  plan.filter((p) => p.action === 'new' || p.action === 'updated').map((p) => p.entry!);

export function tallyPlan(plan: PlanRow[]): Record<Action, number> {
  const t: Record<Action, number> = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const p of plan) t[p.action]++;
  return t;
}
