// 动态监测 (通知三（九）): a change of a roster child's 就学状态 is written with its ledger
// entry in one transaction, so neither is ever there without the other.
import { statusFields, statusValue } from '../calc/monthly-report';
import { dateError } from '../forms/kit/validators';
import { PENDING_REASON } from '../forms/status-changes/reasons';
import { db } from './db';
import { readParsed } from './entries';
import { newEntry, parseEntry } from './entry-parse';
import { saveEntry } from './entry-write';
import type { Entry } from './entry';
import { StorageError } from './errors';

/** Reasons that record an event of a child whose state stays the same (休学 still counts as 在校). */
const SAME_STATE_REASONS = new Set(['休学', '复学', '劝返中']);

export interface ChangeInput {
  childId: string;
  to: string;
  date: string;
  reason: string;
  note?: string;
}

/**
 * Records a change: the roster child gets the new 就学状态 (and 子类) and the ledger a
 * status-change entry with the child's state before it, both or neither. Refused, with
 * nothing written, for a child no longer on the roster, a bad date or no reason.
 */
export async function recordStatusChange(input: ChangeInput): Promise<Entry> {
  const date = input.date.trim();
  if (!date || dateError(date)) throw new StorageError('请填写正确的变动日期');
  if (!input.reason.trim()) throw new StorageError('请选择变动原因');
  if (!input.to.trim()) throw new StorageError('请选择新状态');
  return db().transaction('rw', db().entries, async () => {
    const raw = await db().entries.get(input.childId);
    if (!raw || raw.deletedAt || raw.formId !== 'roster') throw new StorageError('花名册中没有这名儿童（可能已被删除）');
    const child = parseEntry(raw);
    const from = statusValue(child.data);
    if (from === input.to && !SAME_STATE_REASONS.has(input.reason))
      throw new StorageError(`新状态与原状态相同（${from}）。休学、复学、劝返中可不改变状态，其他原因请选择新的状态。`);
    if (from !== input.to) await saveEntry({ ...child, data: { ...child.data, ...statusFields(input.to) } }, raw.updatedAt, { ledgered: true });
    return saveEntry(newEntry('status-change', {
      childId: child.id, name: child.data.name, idNumber: child.data.idNumber, date, from, to: input.to,
      reason: input.reason, note: input.note ?? '', seq: Date.now(),
    }));
  });
}

export interface MonitorList {
  /** This month's changes (or another's), newest first. */
  changes: Entry[];
  /** Changes of any month still 待补充. */
  pending: Entry[];
  unreadable: number;
}

/** The ledger's entries of a month (YYYY-MM), and every change whose reason is still to be given. */
export async function loadChanges(month: string): Promise<MonitorList> {
  const { entries, unreadable } = await readParsed('status-change');
  const order = (a: Entry, b: Entry) => String(b.data.date).localeCompare(String(a.data.date)) || Number(b.data.seq ?? 0) - Number(a.data.seq ?? 0);
  return {
    changes: entries.filter((e) => String(e.data.date ?? '').startsWith(`${month}-`)).sort(order),
    pending: entries.filter((e) => e.data.reason === PENDING_REASON).sort(order),
    unreadable: unreadable.length,
  };
}

/** Gives a recorded change its reason (and note) later: the 待补充 ones, or a correction. */
export async function completeChange(id: string, change: { reason: string; note?: string }): Promise<Entry> {
  if (!change.reason.trim() || change.reason === PENDING_REASON) throw new StorageError('请选择变动原因');
  const raw = await db().entries.get(id);
  if (!raw || raw.deletedAt) throw new StorageError('这条变动记录已不存在');
  const cur = parseEntry(raw);
  return saveEntry({ ...cur, data: { ...cur.data, reason: change.reason, ...(change.note !== undefined && { note: change.note }) } }, raw.updatedAt);
}
