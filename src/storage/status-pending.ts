// The roster editor's changes of 就学状态 go into the 学籍异动 ledger as 待补充 (动态监测
// completes them). Its own module: every page that saves anything loads it.
import { localIsoDate } from '../calc/calendar';
import { statusValue } from '../calc/monthly-report';
import { PENDING_REASON } from '../forms/status-changes/reasons';
import { db } from './db';
import { newEntry, parseEntry } from './entry-parse';
import type { Entry } from './entry';

/**
 * Called by saveEntry, inside its transaction, when a roster child's state changes without
 * recordStatusChange (typed in the roster's editor): the change goes into the ledger as
 * 待补充 for the school to complete on /monitor/. Typing back and forth the same day keeps
 * one such entry, and typing back to where it started removes it. Giving a child its first
 * state is no change.
 */
export async function notePendingChange(prev: Entry, next: Entry): Promise<void> {
  const from = statusValue(prev.data);
  const to = statusValue(next.data);
  // A child's first 就学状态 (a new child, or one added 待核查) is a classification, not a change.
  if (from === to || !from) return;
  const today = localIsoDate(new Date());
  const table = db().entries;
  const open = (await table.where('formId').equals('status-change').toArray())
    .filter((r) => !r.deletedAt && r.data.childId === next.id && r.data.reason === PENDING_REASON && r.data.date === today);
  const last = open.sort((a, b) => Number(b.data.seq ?? 0) - Number(a.data.seq ?? 0))[0];
  const now = Date.now();
  if (last) {
    if (last.data.from === to) return void (await table.put({ ...last, deletedAt: now, updatedAt: Math.max(now, last.updatedAt + 1) }));
    const data = { ...last.data, to };
    return void (await table.put({ ...parseEntry({ ...last, data }), updatedAt: Math.max(now, last.updatedAt + 1) }));
  }
  const entry = newEntry('status-change', {
    childId: next.id, name: next.data.name, idNumber: next.data.idNumber, date: today, from, to, reason: PENDING_REASON, seq: now,
  });
  await table.put(entry);
}

