// From a school's roster file to the entries an import writes: rows converted in chunks (so a
// 20,000-row file shows progress and the page stays responsive), then matched with the
// children already on the roster. Nothing here writes; the caller commits `writes` in one
// transaction or not at all.
import { maskIdNumber } from '../calc/idcard';
import { AGREEMENT_TEXT, agreement, identityOf, nameKey, type Identity } from '../calc/roster-identity';
import { normalizedId } from '../calc/roster-tally';
import type { EntryData, FieldValue } from '../forms/kit/field';
import { isEmpty } from '../forms/kit/kinds';
import { roster, type RosterKey } from '../forms/roster';
import type { Entry } from '../storage/entry';
import { newEntry, statusOf } from '../storage/entry-parse';
import { nextTask, runAtOnce, runInSlices } from '../calc/slices';
import { rowsToChildren, type ImportedRow, type ImportOptions } from './roster-import/rows';
import { trimmedOf } from '../forms/kit/text-of';

/** Rows checked between two yields to the page: well under 100 ms on a phone 4× slower than a PC. */
export const CHUNK_ROWS = 200;

/**
 * rowsToChildren over `rows` CHUNK_ROWS at a time, yielding to the page between chunks.
 * Duplicate ID numbers are reported across the whole file, not only within a chunk.
 */
export async function convertRows(
  rows: readonly (readonly string[])[],
  mapping: Readonly<Record<number, RosterKey>>,
  options: ImportOptions & { firstRow: number },
  onProgress?: (done: number, total: number) => void,
): Promise<ImportedRow[]> {
  const out: ImportedRow[] = [];
  const firstSeen = new Map<string, number>();
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    // Yield first: the caller's own work (the file's last message, a state change) ends its task.
    await nextTask();
    const chunk = rowsToChildren(rows.slice(i, i + CHUNK_ROWS), mapping, { ...options, firstRow: options.firstRow + i });
    for (const r of chunk) {
      const id = r.rejected ? null : normalizedId(r.data);
      if (!id) continue;
      const before = firstSeen.get(id);
      if (before === undefined) firstSeen.set(id, r.rowNumber);
      else if (before < options.firstRow + i && !r.warnings.some((w) => w.startsWith('身份证号码与第')))
        r.warnings.push(`身份证号码与第${before}行重复`);
    }
    out.push(...chunk);
    onProgress?.(Math.min(i + CHUNK_ROWS, rows.length), rows.length);
  }
  return out;
}

export type RowAction = 'new' | 'updated' | 'corrected' | 'unchanged' | 'rejected';

/**
 * How a row may be a child whose stored ID number differs: `fix` writes the row's number
 * over the child's, `keep` keeps the child's (the row's is blank or invalid, the child's valid).
 */
export type Resolution = 'fix' | 'keep';

export interface Candidate {
  entry: Entry;
  why: 'birth' | 'village';
  /** What the user may choose; one means the import may decide alone. */
  options: Resolution[];
}

/** The user's answer for a row with candidates: a new child, or one of them. */
export type Choice = 'new' | `${Resolution}:${string}`;

export interface PlannedRow {
  row: ImportedRow;
  action: RowAction;
  /** For 'corrected': the child's ID number before and after, as stored and as in the file. */
  idChange?: { from: string; to: string };
  /** Why the row went to a child whose number differs, or why it may be one. */
  note?: string;
  /**
   * Children on the roster the row may be, by name and birth date or village: the user may
   * choose among them (or 'new'); `choice` is what the plan did.
   */
  candidates?: Candidate[];
  choice?: Choice;
}

export interface RosterPlan {
  rows: PlannedRow[];
  /** New and changed children, ready for putImported. */
  writes: Entry[];
  counts: Record<RowAction, number> & {
    errors: number;
    warnings: number;
    undecided: number;
    /** Children without a 就学状态 once imported (all of them when no column was chosen for it). */
    noStatus: number;
  };
}


/**
 * Which existing child a row is at first sight: the normalized ID number when it is valid;
 * else the ID text as typed; else name, village and birth date. The k-th row with a key
 * matches the k-th child with it, so a file imported twice changes nothing, and a child
 * listed twice (a possible 多重户籍) stays two children.
 */
export function matchKey(data: EntryData): string {
  const id = normalizedId(data);
  if (id) return `id:${id}`;
  const raw = trimmedOf(data.idNumber).toUpperCase();
  if (raw) return `raw:${raw}`;
  return `name:${trimmedOf(data.name)}|${trimmedOf(data.village).replace(/\s+/gu, '')}|${trimmedOf(data.birth)}`;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

const same = (a: FieldValue | undefined, b: FieldValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What the user may do with a row whose ID number differs from a child's that otherwise agrees. */
function options(row: Identity, child: Identity): Resolution[] {
  if (!row.text) return ['keep']; // a blank cell keeps what is stored
  if (!child.id) return ['fix']; // the stored number was invalid or missing: the file corrects it
  if (!row.id) return ['keep']; // never replace a valid number by an invalid one
  return ['fix', 'keep']; // two valid numbers: maybe two children (多重户籍); only the user can tell
}

const maskedOrBlank = (id: string) => (id ? maskIdNumber(id) : '（空）');

/**
 * The import decided row by row. A row matching a child already on the roster updates it:
 * what the file says wins, what the file leaves blank keeps its value. A row whose ID number
 * matches no child is that child when name and birth date, or name and village, agree and
 * the child's stored number is invalid or missing (更正身份证号), or the row's is (the
 * child's valid number is kept). When two children could be the row, two rows the child, or
 * both numbers are valid, nothing is guessed: the row is new unless `choices` (by row
 * number) says otherwise. `now` spreads the timestamps one millisecond apart so the list
 * keeps the file's order.
 */
export function planRosterImport(
  existing: readonly Entry[],
  rows: readonly ImportedRow[],
  now = Date.now(),
  choices: Readonly<Record<number, Choice>> = {},
): RosterPlan {
  return runAtOnce(planSteps(existing, rows, now, choices));
}

/** planRosterImport in slices that leave the page responsive (20,000 rows take seconds on a phone). */
export function planRosterImportInSlices(...args: Parameters<typeof planRosterImport>): Promise<RosterPlan> {
  return runInSlices(planSteps(...args));
}

/**
 * Rows planned between two chances to yield: a new child (an id, the form's schema, its
 * checks) takes about 3 ms on a phone 4× slower than a PC, so 50 made one task of 150 ms.
 */
const STEP = 10;

function* planSteps(
  existing: readonly Entry[],
  rows: readonly ImportedRow[],
  now = Date.now(),
  choices: Readonly<Record<number, Choice>> = {},
): Generator<void, RosterPlan> {
  const byKey = new Map<string, Entry[]>();
  const byName = new Map<string, Entry[]>();
  // Oldest first, so the k-th occurrence keeps meaning the same child between imports.
  const oldest = [...existing].sort((a, b) => a.createdAt - b.createdAt);
  for (let j = 0; j < oldest.length; j++) {
    const e = oldest[j]!;
    push(byKey, matchKey(e.data), e);
    const name = nameKey(e.data);
    if (name) push(byName, name, e); // a nameless record is nobody's namesake
    if (j % STEP === 0) yield;
  }

  // 1. Same number (or same text, or same name, village and birth date when there is none).
  const used = new Map<string, number>();
  const taken = new Set<string>();
  const to = new Map<number, { entry: Entry; how?: Resolution; why?: 'birth' | 'village' }>();
  for (let i = 0; i < rows.length; i++) {
    if (i % STEP === 0) yield;
    const row = rows[i]!;
    if (row.rejected) continue;
    const k = matchKey(row.data);
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    const match = byKey.get(k)?.[n];
    if (match) {
      to.set(i, { entry: match });
      taken.add(match.id);
    }
  }

  // 2. Rows left over meet the children left over that agree in name and birth date or village.
  const candidatesOf = new Map<number, Candidate[]>();
  for (let i = 0; i < rows.length; i++) {
    if (i % STEP === 0) yield;
    const row = rows[i]!;
    const namesakes = row.rejected || to.has(i) ? undefined : byName.get(nameKey(row.data));
    if (!namesakes) continue;
    const me = identityOf(row.data);
    const found: Candidate[] = [];
    for (const entry of namesakes) {
      if (taken.has(entry.id)) continue;
      const other = identityOf(entry.data);
      const why = agreement(me, other);
      if (why) found.push({ entry, why, options: options(me, other) });
    }
    if (found.length) candidatesOf.set(i, found);
  }
  const open = (i: number) => (candidatesOf.get(i) ?? []).filter((c) => !taken.has(c.entry.id));
  // The user's choices first, in row order; a child chosen twice goes to the first row.
  for (const [i] of candidatesOf) {
    const [how, id] = (choices[rows[i]!.rowNumber] ?? 'new').split(':') as [Resolution | 'new', string?];
    const c = open(i).find((x) => x.entry.id === id && x.options.includes(how as Resolution));
    if (!c) continue;
    to.set(i, { entry: c.entry, how: how as Resolution, why: c.why });
    taken.add(c.entry.id);
  }
  // Then what is certain: one child for the row, the row alone in claiming it, one way to take it.
  const claims = new Map<string, number>();
  for (const [i] of candidatesOf)
    if (!to.has(i) && !choices[rows[i]!.rowNumber]) for (const c of open(i)) claims.set(c.entry.id, (claims.get(c.entry.id) ?? 0) + 1);
  for (const [i] of candidatesOf) {
    if (to.has(i) || choices[rows[i]!.rowNumber]) continue;
    const [c, more] = open(i);
    if (c && !more && c.options.length === 1 && claims.get(c.entry.id) === 1) {
      to.set(i, { entry: c.entry, how: c.options[0], why: c.why });
      taken.add(c.entry.id);
    }
  }

  const counts: RosterPlan['counts'] = {
    new: 0, updated: 0, corrected: 0, unchanged: 0, rejected: 0, errors: 0, warnings: 0, undecided: 0, noStatus: 0,
  };
  const writes: Entry[] = [];
  const planned: PlannedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i % STEP === 0) yield;
    planned.push(planRow(rows[i]!, i));
  }
  return { rows: planned, writes, counts };

  function planRow(row: ImportedRow, i: number): PlannedRow {
    if (row.rejected) {
      counts.rejected++;
      return { row, action: 'rejected' };
    }
    if (row.errors.length) counts.errors++;
    if (row.warnings.length) counts.warnings++;
    const target = to.get(i);
    const offered = candidatesOf.get(i);
    const choice: Choice = target?.how ? `${target.how}:${target.entry.id}` : 'new';
    const asked = offered ? { candidates: offered, choice } : {};
    if (!target) {
      writes.push({ ...newEntry(roster.id, row.data, now + i) });
      counts.new++;
      if (!trimmedOf(row.data.status)) counts.noStatus++;
      const candidates = open(i);
      if (!candidates.length) return { row, action: 'new', ...asked };
      if (!choices[row.rowNumber]) counts.undecided++;
      const who = candidates.map((c) => describeChild(c.entry)).join('、');
      const note = candidates.length > 1
        ? `与花名册中 ${candidates.length} 名儿童（${who}）${AGREEMENT_TEXT[candidates[0]!.why]}，无法确定是哪一名；请选择，否则按新增导入`
        : `与花名册中的 ${who} ${AGREEMENT_TEXT[candidates[0]!.why]}而身份证号码不同，可能是同一人；请选择，否则按新增导入`;
      return { row, action: 'new', note, ...asked };
    }
    const match = target.entry;
    const data: EntryData = { ...match.data };
    for (const [key, v] of Object.entries(row.data)) if (!isEmpty(v)) data[key] = v;
    if (target.how === 'keep') data.idNumber = match.data.idNumber ?? '';
    const from = trimmedOf(match.data.idNumber);
    const toId = trimmedOf(data.idNumber);
    const corrected = target.how === 'fix' && from !== toId;
    const note = target.why &&
      `${AGREEMENT_TEXT[target.why]}，对应花名册中的 ${describeChild(match)}` +
      (target.how === 'keep' && trimmedOf(row.data.idNumber) ? '；本行身份证号码无效，保留花名册中的号码' : '');
    const extra = { ...asked, ...(note ? { note } : {}), ...(corrected ? { idChange: { from, to: toId } } : {}) };
    if (!trimmedOf(data.status)) counts.noStatus++;
    if (Object.keys(data).every((key) => same(data[key], match.data[key]))) {
      counts.unchanged++;
      return { row, action: 'unchanged', ...extra };
    }
    const parsed = roster.draftSchema.parse(data);
    writes.push({ ...match, data: parsed, status: statusOf(roster, parsed), updatedAt: now + i });
    counts[corrected ? 'corrected' : 'updated']++;
    return { row, action: corrected ? 'corrected' : 'updated', ...extra };
  }
}

/** A child as the preview names it: name, village and masked number, so two namesakes differ. */
export function describeChild(e: Entry): string {
  const village = trimmedOf(e.data.village);
  return `${trimmedOf(e.data.name)}（${[village, maskedOrBlank(trimmedOf(e.data.idNumber))].filter(Boolean).join('，')}）`;
}
