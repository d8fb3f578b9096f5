// The merge rules every import of the app's own files goes through (teachers' workbooks and
// backups). Pure: it decides, the preview shows, and storage writes only what was decided.
import { localIsoDate } from '../calc/calendar';
import type { FormDef } from '../forms/kit/define';
import type { EntryData, RowItem } from '../forms/kit/field';
import { withCell } from '../forms/kit/table';
import { formById } from '../forms/registry';
import type { Entry } from '../storage/entry';
import { parseEntry } from '../storage/entry-parse';
import { contentHash } from './content-hash';
import { formName } from './form-name';
import { visibleEdits, type VisibleCell, type VisibleEdit } from './visible-edits';

export type Action = 'new' | 'updated' | 'unchanged' | 'rejected' | 'conflict';

export interface Incoming {
  /** File name, for the preview. */
  source: string;
  /** Row number in the file (1-based, as a spreadsheet shows it), if it has rows. */
  row?: number;
  raw: unknown;
  /** The form the file declares (a workbook's data sheet): a row of any other form is refused. */
  formId?: string;
  /** The fields the file holds (a data sheet's header); the others keep their stored values. */
  keys?: string[];
  /** The visible cells recorded for this record at export, as they read now. */
  visible?: VisibleCell[];
  /** Remarks about the file, shown once in the preview. */
  notes?: string[];
  /** The row already checked (by the parsing worker); `raw` is then not needed. */
  prepared?: Prepared;
}

/** A field both sides changed, in the words and format of the printed form. */
export interface FieldDiff {
  label: string;
  local: string;
  file: string;
}

export interface PlanRow {
  source: string;
  row?: number;
  action: Action;
  /** The record as the import sees it (the file's, over stored fields it lacks). */
  entry?: Entry;
  /** What confirming writes, if anything. */
  write?: Entry;
  reason?: string;
  notes: string[];
  /** A conflict: the fields that differ. */
  diffs?: FieldDiff[];
  /** How the user settled the conflict, once settled. */
  choice?: Choice;
  /** Visible cells that differ from the hidden data. */
  edits?: VisibleEdit[];
}

/** A conflict settled by the user: keep this device's version or take the file's. */
export type Choice = 'local' | 'file';

export interface PlanOptions {
  /** The importing device's time. */
  now: number;
  /** By index in `incoming`. */
  choices?: ReadonlyMap<number, Choice>;
  /** Indexes in `incoming` whose visible-sheet values are taken. */
  takeVisible?: ReadonlySet<number>;
}

/** A clock this far ahead of the importing device is not believed. */
export const CLOCK_SLACK = 5 * 60 * 1000;

const ENVELOPE_LABELS: Record<string, string> = {
  id: '记录编号', formId: '表格', formVersion: '版本号', createdAt: '创建时间', updatedAt: '修改时间',
  status: '状态', data: '内容', deletedAt: '删除时间', base: '同步标记',
};

/** Why a row does not parse, naming fields by their labels and saying what to do. */
function reasonOf(err: unknown, form: FormDef | undefined): string {
  const issues = (err as { issues?: { path: PropertyKey[] }[] })?.issues;
  if (issues?.length) {
    const names = [...new Set(issues.map((i) => {
      const k = String(i.path[0] ?? '');
      return form?.fieldByKey.get(k)?.label ?? ENVELOPE_LABELS[k] ?? '记录';
    }))];
    return `“${names.join('”“')}”格式不正确，未导入。请在本应用中重新导出此记录后再导入。`;
  }
  return (err as Error)?.message ?? '无法识别的记录，未导入。';
}


/**
 * A row checked on its own (envelope, form, schema) and its content hash: what does not
 * depend on the stored rows or the clock. The parsing worker makes it for every row, so the
 * page gets checked entries instead of 200,000 schema checks to run itself.
 */
export type Prepared = { entry: Entry; hash: string; notes: string[] } | { reason: string };

// The preview plans again after each choice the user makes; parsing and hashing a 200,000-row
// backup is the slow part, and its result depends only on the row, so it is kept.
const preparedCache = new WeakMap<Incoming, Prepared>();
const hashCache = new WeakMap<EntryData, string>();
const hashOf = (data: EntryData) => {
  let h = hashCache.get(data);
  if (h === undefined) hashCache.set(data, (h = contentHash(data)));
  return h;
};

function preparedOf(inc: Incoming): Prepared {
  if (inc.prepared) return inc.prepared;
  let p = preparedCache.get(inc);
  if (!p) preparedCache.set(inc, (p = prepareIncoming(inc)));
  return p;
}

export function prepareIncoming(inc: Incoming): Prepared {
  const raw = inc.raw as { formId?: unknown; formVersion?: unknown; data?: unknown; updatedAt?: unknown } | null;
  const claimed = typeof raw?.formId === 'string' ? formById(raw.formId) : undefined;
  if (!claimed) return { reason: '不是本应用的表格记录，未导入。请用本应用重新导出后再导入。' };
  const declared = inc.formId ? formById(inc.formId) : claimed;
  if (declared !== claimed)
    return { reason: `属于“${formName(claimed)}”，而本文件是“${declared ? formName(declared) : '未知表格'}”，未导入。` };
  let entry: Entry;
  try {
    // Fields the row lacks are empty for a new record (and keep their values over a stored one).
    const plain = raw?.data && typeof raw.data === 'object' && !Array.isArray(raw.data);
    entry = parseEntry(plain ? { ...raw, data: { ...claimed.emptyData(), ...(raw.data as object) } } : raw);
  } catch (err) {
    return { reason: reasonOf(err, claimed) };
  }
  const notes = [...(inc.notes ?? [])];
  // Keys of the row's own version that its migration turns into today's fields are not unknown.
  const given = raw?.data && typeof raw.data === 'object' ? (raw.data as EntryData) : {};
  const version = typeof raw?.formVersion === 'number' ? raw.formVersion : claimed.version;
  const data = Object.keys(version < claimed.version ? claimed.migrate(given, version) : given);
  const unknown = data.filter((k) => !claimed.fieldByKey.has(k)).length;
  if (unknown) notes.push(`${inc.source}：有记录含本表格没有的内容（${unknown}项），已忽略。`);
  return { entry, hash: contentHash(entry.data), notes };
}

type Parsed = { entry: Entry; hash: string; form: FormDef; time: number; future: boolean; notes: string[] } | { reason: string };

function parse(inc: Incoming, now: number): Parsed {
  const p = preparedOf(inc);
  if (!('entry' in p)) return p;
  const { entry } = p;
  const future = entry.updatedAt > now + CLOCK_SLACK;
  const notes = future ? [...p.notes, `修改时间晚于本机时间（${localIsoDate(new Date(entry.updatedAt))}），按导入时间处理。`] : p.notes;
  return { ...p, form: formById(entry.formId)!, time: future ? now : entry.updatedAt, future, notes };
}

const differing = (form: FormDef, a: EntryData, b: EntryData): FieldDiff[] =>
  form.fields
    .filter((f) => f.derived !== 'auto' && form.text(a, f.key) !== form.text(b, f.key))
    .map((f) => ({ label: f.label, local: form.text(a, f.key), file: form.text(b, f.key) }));

/**
 * Decides, without writing anything, what an import would do. Entries keep their UUIDs.
 * With L the stored row, I the file's and B the version both last agreed on (L.base):
 * I = L → 未变; L = B (not edited here since) → 更新; I = B (an old copy; corrected here
 * since) → 未变; both changed → 冲突, for the user to settle. Without B the later
 * `updatedAt` wins, but a clock from the future never wins by itself.
 */
export function planImport(known: ReadonlyMap<string, Entry>, incoming: Incoming[], opts: PlanOptions): PlanRow[] {
  const { now } = opts;
  const parsed = incoming.map((inc) => parse(inc, now));
  // The same entry twice among the files (a teacher sent two exports): the newest copy counts.
  const newest = new Map<string, number>();
  parsed.forEach((p, i) => {
    if (!('entry' in p)) return;
    const seen = newest.get(p.entry.id);
    if (seen === undefined || p.time > (parsed[seen] as { time: number }).time) newest.set(p.entry.id, i);
  });

  return parsed.map((p, i): PlanRow => {
    const inc = incoming[i];
    const at = { source: inc.source, row: inc.row };
    if (!('entry' in p)) return { ...at, action: 'rejected', reason: p.reason, notes: [] };
    const { form, notes, future } = p;
    let { entry, time } = p;
    if (newest.get(entry.id) !== i) return { ...at, action: 'unchanged', entry, reason: '另有更新的副本', notes };

    const stored = known.get(entry.id);
    let local: Entry | undefined;
    try {
      // Stored rows were parsed when written; only an older version needs its migration.
      local = stored && (stored.formVersion === form.version ? stored : parseEntry(stored));
    } catch {
      local = undefined; // an unreadable stored row is compared by time only
    }
    // A header without some fields: those keep the stored values, field by field.
    if (inc.keys && local) {
      const given = Object.fromEntries(inc.keys.filter((k) => k in entry.data).map((k) => [k, entry.data[k]]));
      entry = parseEntry({ ...entry, data: { ...local.data, ...given } });
    }
    const edits = inc.visible ? visibleEdits(form, entry.data, inc.visible) : undefined;
    const takes = edits?.flatMap((e) => (e.take ? [e.take] : [])) ?? [];
    if (opts.takeVisible?.has(i) && takes.length) {
      // A table cell (2-2's items.3.state) is written into its row; a field by its key.
      const taken = takes.reduce<EntryData>((d, t) => (t.key.includes('.') ? withCell(d, t.key, t.value as RowItem[string]) : { ...d, [t.key]: t.value }), entry.data);
      entry = parseEntry({ ...entry, data: taken });
      time = now; // corrected in the file after it was exported: newer than any copy
    }
    const hashI = entry === p.entry ? p.hash : hashOf(entry.data);
    const row = { ...at, entry, notes, ...(edits?.length ? { edits } : {}) };
    // A backup carries the version its device last agreed on; a workbook does not: then it is this one.
    const agreed = entry.base ?? hashI;
    const take = (t = time): PlanRow => ({ ...row, action: stored ? 'updated' : 'new', write: { ...entry, updatedAt: t, base: agreed } });

    if (!stored) return take();
    if (stored.deletedAt) {
      // Brought back only by a copy edited after the deletion, on a clock that can be believed.
      const after = !future && p.time > stored.deletedAt;
      return after ? take() : { ...row, action: 'unchanged', reason: '本机已删除此记录' };
    }
    const hashL = local ? hashOf(local.data) : '';
    if (hashI === hashL) return { ...row, action: 'unchanged' };
    const base = stored.base;
    if (base === hashL) return take();
    if (base === hashI) return { ...row, action: 'unchanged', reason: '文件中是本机修改前的版本，保留本机的修改' };
    if (!base && !future && time > stored.updatedAt) return take();
    if (!base && !future) return { ...row, action: 'unchanged', reason: '本机的版本较新' };

    // Both changed since they last agreed (or a clock cannot be believed): the user decides.
    const diffs = local ? differing(form, local.data, entry.data) : [];
    const choice = opts.choices?.get(i);
    if (choice === 'file') return { ...take(Math.max(now, time)), diffs, choice };
    // Keeping this device's version records that the file's was seen: the same file again is 未变.
    if (choice === 'local')
      return { ...row, action: 'unchanged', reason: '保留本机的版本', write: { ...stored, base: hashI }, diffs, choice };
    return { ...row, action: 'conflict', diffs };
  });
}

export const toWrite = (plan: PlanRow[]): Entry[] => plan.flatMap((p) => (p.write ? [p.write] : []));

/** Whether a row's visible cells were edited and the edits are not taken: never 未变. */
export const editedOnly = (p: PlanRow): boolean => p.action === 'unchanged' && !!p.edits?.length && !p.write;

export function tallyPlan(plan: PlanRow[]): Record<Action | 'edited', number> {
  const t = { new: 0, updated: 0, unchanged: 0, rejected: 0, conflict: 0, edited: 0 };
  for (const p of plan) t[editedOnly(p) ? 'edited' : p.action]++;
  return t;
}

/** Rows of the plan listed one by one in the preview's table. */
export const SHOWN_ROWS = 200;

/**
 * What the preview needs of a plan, without the plan itself: a 200,000-row plan stays in
 * the parsing worker that made it, and the page receives only the totals and the rows it
 * lists (refused, conflicts settled or not, visible-sheet edits, and the first rows of the
 * table), each with its index in the plan.
 */
export interface PlanView {
  tally: Record<Action | 'edited', number>;
  /** Entries confirming would write. */
  writes: number;
  /** Remarks about the files, each once. */
  notes: string[];
  /** In plan order. */
  rows: [number, PlanRow][];
}

/** Whether the preview lists a row on its own (beyond the table's first rows). */
export const listedAlone = (p: PlanRow): boolean =>
  p.action === 'rejected' || (!!p.diffs && (p.action === 'conflict' || !!p.choice)) || !!p.edits?.length;

export function planView(plan: PlanRow[]): PlanView {
  const rows: [number, PlanRow][] = [];
  const notes = new Set<string>();
  let inTable = 0;
  let writes = 0;
  plan.forEach((p, i) => {
    for (const n of p.notes) notes.add(n);
    if (p.write) writes++;
    const shown = !!p.entry && inTable < SHOWN_ROWS;
    if (shown) inTable++;
    if (shown || listedAlone(p)) rows.push([i, p]);
  });
  return { tally: tallyPlan(plan), writes, notes: [...notes], rows };
}
