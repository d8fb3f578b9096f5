// Reading entries: one, a form's (with computed reports' statuses worked out again), in slices, counts, every row.
import Dexie from 'dexie';
import type { FormDef } from '../forms/kit/define';
import { needsContext } from '../forms/kit/evaluate';
import { formById } from '../forms/registry';
import { db } from './db';
import type { Entry } from './entry';
import { deriveContext } from './context';
import { formDef, parseEntry, splitRows, statusOf, type Split } from './entry-parse';
import { recovered } from './journal-recovery';
import { sharedParse } from './shared-parse';

/**
 * Entries with the status evaluate() gives them today. A computed report's status changes
 * when its sources change (a child added to the roster), without the report being written:
 * it is worked out again on every read, with the same context the editor uses.
 */
async function withCurrentStatus(form: FormDef, entries: Entry[]): Promise<Entry[]> {
  if (!needsContext(form) || !entries.length) return entries;
  const ctx = await deriveContext(form);
  return entries.map((e) => {
    const status = statusOf(form, e.data, ctx);
    return status === e.status ? e : { ...e, status };
  });
}

/** Reads an entry (after the start-up recovery of journal copies). */
export async function getEntry(id: string): Promise<Entry | undefined> {
  await recovered();
  const row = await db().entries.get(id);
  if (!row || row.deletedAt) return undefined;
  const entry = parseEntry(row);
  return (await withCurrentStatus(formDef(entry.formId), [entry]))[0];
}

/**
 * Live entries of a form, newest first, and its stored rows that no longer parse (kept
 * untouched, listed on /data/, and left out of every list and total that says so).
 * Read by the plain formId index: a row with a broken updatedAt is missing from the
 * compound one and would vanish without a mark.
 */
export async function readEntries(formId: string): Promise<Split> {
  const read = await readParsed(formId);
  const form = formById(formId);
  return form ? { ...read, entries: await withCurrentStatus(form, read.entries) } : read;
}

/**
 * Entries of `formId` by id, in that order: a list's export, read when it is made. Ones
 * deleted since (or gone) are left out; a row that no longer parses fails the export.
 */
export async function getEntries(formId: string, ids: readonly string[]): Promise<Entry[]> {
  await recovered();
  const rows = await db().entries.bulkGet([...ids]);
  const entries = rows.filter((r) => r && !r.deletedAt && r.formId === formId).map(parseEntry);
  return withCurrentStatus(formDef(formId), entries);
}

const formRows = (formId: string) => db().entries.where('formId').equals(formId);

/**
 * A form's stored rows, parsed, as they are now: without waiting for the start-up recovery
 * of journal copies (a worker has no journal: the page's recovery writes like any write).
 */
export const parseStored = async (formId: string): Promise<Split> => splitRows(await formRows(formId).toArray());

/**
 * readEntries without working computed reports' statuses out again: what a derive context
 * reads of its sources (their data, never their status).
 */
export async function readParsed(formId: string): Promise<Split> {
  await recovered();
  const rows = formRows(formId);
  const { split, shared } = sharedParse(db(), formId, () => parseStored(formId));
  // A live query runs again when what it read changes: a reader given the shared parse still
  // reads this form's keys, so that its query knows them.
  if (shared) await rows.primaryKeys();
  // Awaiting a promise that is not Dexie's would make a live query lose track of its reads.
  return Dexie.waitFor(split);
}

/**
 * Rows read per request by storedRows: copying a stored row into the page takes about
 * 0.3 ms on a phone 4× slower than a PC, and one request for 20,000 would be one long task.
 */
const READ_CHUNK = 250;

/**
 * A form's stored rows as stored, deleted ones included, for readInSlices: read in short
 * requests by ranges of keys (rows of other forms are dropped). A live query watches key
 * ranges only: reading by the formId index would make it note each of 20,000 keys, one
 * long task on a phone.
 */
export async function storedRows(formId: string): Promise<unknown[]> {
  await recovered();
  const table = db().entries;
  const rows: unknown[] = [];
  for (let page = await table.orderBy(':id').limit(READ_CHUNK).toArray(); page.length;) {
    for (const r of page) if (r.formId === formId) rows.push(r);
    if (page.length < READ_CHUNK) break;
    page = await table.where(':id').above(page[page.length - 1]!.id).limit(READ_CHUNK).toArray();
  }
  return rows;
}

/** Live entries of a form, newest first (rows that no longer parse: see readEntries). */
export async function listEntries(formId: string): Promise<Entry[]> {
  return (await readEntries(formId)).entries;
}

/** Whether a form has any live entry, read without parsing them all (a 20,000-child roster). */
export async function hasEntries(formId: string): Promise<boolean> {
  await recovered();
  const first = await db().entries.where('formId').equals(formId)
    .filter((r) => !(r as { deletedAt?: unknown }).deletedAt).first();
  return first !== undefined;
}

/** Entries a list of the form shows (unreadable rows are not counted). */
export async function countEntries(formId: string): Promise<number> {
  return (await readEntries(formId)).entries.length;
}

/** Every live stored row of every form, unreadable ones included as they are, for a backup. */
export async function allEntries(): Promise<Entry[]> {
  await recovered();
  const rows = await db().entries.toArray();
  return rows.filter((r) => !r.deletedAt);
}

/** Whether an entry has been written yet (a new one is kept only once typed into). */
export async function entryExists(id: string): Promise<boolean> {
  await recovered();
  return (await db().entries.get(id)) !== undefined;
}
