// Parsing a stored or imported row into an entry (envelope, migration, the form's schema, status), and making a new one.
import type { EntryData } from '../forms/kit/field';
import { NO_SOURCES, type DeriveContext, type FormDef } from '../forms/kit/define';
import { statusOfData } from '../forms/kit/evaluate';
import { formById } from '../forms/registry';
import { runAtOnce, runInSlices } from '../calc/slices';
import { entryEnvelope, type Entry, type EntryStatus } from './entry';
import { StorageError } from './errors';
import { unreadable, type Unreadable } from './unreadable';

/** The definition of a stored row's form; an unknown form is a storage error. */
export function formDef(formId: string): FormDef {
  const form = formById(formId);
  if (!form) throw new StorageError(`未知的表格：${formId}`);
  return form;
}

/**
 * The status evaluate() gives the entry. A report computed from other forms (1-1 from the
 * roster, 3-2 from 3-1) needs their entries and the settings (`ctx`): without them its
 * computed numbers are missing and it would look like a draft that the editor shows 完成.
 */
export function statusOf(form: FormDef, data: EntryData, ctx: DeriveContext = NO_SOURCES): EntryStatus {
  return statusOfData(form, data, ctx);
}

/** Parses a stored or imported row: envelope, then migration, then the form's own schema. */
export function parseEntry(raw: unknown): Entry {
  const env = entryEnvelope.parse(raw);
  const form = formDef(env.formId);
  if (env.formVersion > form.version)
    throw new StorageError(`此记录来自更新版本的应用（${form.annex} 第${env.formVersion}版），请先更新应用`);
  const data = form.draftSchema.parse(form.migrate(env.data as EntryData, env.formVersion));
  return { ...env, formVersion: form.version, data, status: statusOf(form, data) };
}

export function newEntry(formId: string, data: EntryData, now = Date.now()): Entry {
  const form = formDef(formId);
  const full = { ...form.emptyData(), ...data };
  return {
    id: crypto.randomUUID(),
    formId,
    formVersion: form.version,
    createdAt: now,
    updatedAt: now,
    status: statusOf(form, full),
    data: form.draftSchema.parse(full),
  };
}

export type Split = { entries: Entry[]; unreadable: Unreadable[] };
export const splitRows = (rows: unknown[]): Split => runAtOnce(splitSteps(rows));

function* splitSteps(rows: unknown[]): Generator<void, Split> {
  const entries: Entry[] = [];
  const bad: Unreadable[] = [];
  for (const [i, r] of rows.entries()) {
    if (i % 50 === 0) yield;
    if ((r as { deletedAt?: unknown })?.deletedAt) continue;
    try {
      entries.push(parseEntry(r));
    } catch (err) {
      bad.push(unreadable(r, err));
    }
  }
  entries.sort((a, b) => b.updatedAt - a.updatedAt);
  return { entries, unreadable: bad };
}

/**
 * readEntries' answer for rows from storedRows (entries.ts), parsed in slices between which the page
 * stays responsive (a county's 20,000 children take seconds on a phone). It yields to the
 * event loop, so call it outside live queries.
 */
export const readInSlices = (rows: unknown[]): Promise<Split> => runInSlices(splitSteps(rows));

