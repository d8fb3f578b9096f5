import { localIsoDate } from '../calc/calendar';
import { presetData } from '../forms/kit/defaults';
import type { FormDef } from '../forms/kit/define';
import { evaluate, type EntryStatus } from '../forms/kit/evaluate';
import { deriveContext } from './context';
import { readEntries, readParsed } from './entries';
import { newEntry } from './entry-parse';
import type { Entry } from './entry';
import { refDateOf } from '../settings/schema';
import { loadSettings } from './settings';

/**
 * A report's one entry (1-1, 1-2, 3-2 are one per unit): the stored one, or, before it was
 * ever typed into, the one its editor starts with (the form's first values from settings).
 * A report computed from the roster may never be typed into and is complete all the same.
 */
export async function reportEntry(form: FormDef, stored?: Entry | null): Promise<{ entry: Entry; stored: boolean }> {
  // `stored`: the report's row already read (null: there is none), so it is not read again.
  const found = stored === undefined ? (await readEntries(form.id)).entries[0] : stored;
  if (found) return { entry: found, stored: true };
  const settings = await loadSettings();
  return { entry: newEntry(form.id, presetData(form, settings, localIsoDate(new Date()))), stored: false };
}

/** What the home page and 附件2-2 say of a form: the same words its own page shows. */
export interface FormSummary {
  /** Entries stored (a report's one entry counts once it is stored). */
  count: number;
  /** Entries that are 完成. */
  complete: number;
  /** A report's status, as its editor shows it (evaluate with the derive context). */
  status?: EntryStatus;
  /** The form's own line (a report's numbers, 2-1's children), or ''. */
  progress: string;
  /** Stored rows of the form or of its sources that no longer parse. */
  unreadable: number;
}

export async function formSummary(form: FormDef): Promise<FormSummary> {
  if (form.single) {
    // The sources are read once (a county's roster is 20,000 rows): the report's own row is
    // read as stored and evaluated here with the same context its editor uses.
    const [ctx, own] = await Promise.all([deriveContext(form), readParsed(form.id)]);
    const { entry, stored } = await reportEntry(form, own.entries[0] ?? null);
    const ev = evaluate(form, entry.data, ctx);
    return {
      count: own.entries.length,
      complete: stored && ev.status === 'complete' ? 1 : 0,
      status: ev.status,
      progress: ev.progress ?? '',
      unreadable: own.unreadable.length + ctx.unreadable,
    };
  }
  const own = await readEntries(form.id);
  let unreadable = own.unreadable.length;
  let progress = '';
  if (form.overview) {
    const settings = await loadSettings();
    const ids = form.overview.sources;
    const reads = await Promise.all(ids.map((id) => (id === form.id ? own : readEntries(id))));
    progress = form.overview.line(Object.fromEntries(ids.map((id, i) => [id, reads[i]!.entries.map((e) => (
      { id: e.id, data: e.data, complete: e.status === 'complete' }))])), refDateOf(settings));
    unreadable += reads.reduce((n, r, i) => n + (ids[i] === form.id ? 0 : r!.unreadable.length), 0);
  }
  const complete = own.entries.filter((e) => e.status === 'complete').length;
  return { count: own.entries.length, complete, progress, unreadable };
}
