// The 附件2-1 checklist: for every roster child whose status needs evidence, each required
// item with its state. Pure: the page hands in the three lists (roster children, 2-1
// records, 附件4 forms) and gets back what to show, count, filter and export.
import { isCounted, NO_VILLAGE, normalizedId } from '../../calc/roster-tally';
import type { EntryData } from '../kit/field';
import { categoryOf, evidenceFor, STATUS_TAXONOMY, subBelongsTo, type EvidenceItem } from '../vocabulary';
import { FORM4_ITEMS, form4Satisfies } from '../verification/evidence-link';
import { form4Todo, form4TodoText } from './form4-todo';
import { trimmedOf } from '../kit/text-of';

/** An entry as the checklist needs it: its id and data (and, for 附件4, whether it is complete). */
export interface Linked {
  id: string;
  data: EntryData;
  complete?: boolean;
  updatedAt?: number;
}

export interface ItemState {
  item: EvidenceItem;
  collected: boolean;
  /** 'form': given by the child's 附件4; 'manual': marked 已收集 on the checklist. */
  by: 'form' | 'manual' | null;
  date: string;
  note: string;
  /** A 附件4 can give this item: the checklist offers to fill one in. */
  viaForm4: boolean;
  /** The child's 附件4 gives the item (whether or not it is also marked 已收集). */
  formGives: boolean;
  /** Why the child's 附件4 does not give the item yet (e.g. 尚缺：公安部门盖章). */
  reason?: string;
}

export interface ChildChecklist {
  childId: string;
  child: EntryData;
  name: string;
  village: string;
  /** The status whose 附件2-1 rule applies: the sub-status when it belongs, else the category. */
  statusKey: string;
  /** 就学状态 as shown: "其他情况（出国在外）" or "外迁无法联系". */
  statusLabel: string;
  record?: Linked;
  form4?: Linked;
  items: ItemState[];
  missing: ItemState[];
  complete: boolean;
}

/** One item's state from the child's 2-1 record and what the child's 附件4 says of it. */
function itemState(item: EvidenceItem, record: EntryData | undefined, fromForm: { ok: boolean; reason?: string } | null): ItemState {
  const manual = record?.[item.id] === true;
  const formGives = !!fromForm?.ok;
  return {
    item,
    collected: manual || formGives,
    by: manual ? 'manual' : formGives ? 'form' : null,
    date: trimmedOf(record?.[`${item.id}Date`]),
    note: trimmedOf(record?.[`${item.id}Note`]),
    viaForm4: FORM4_ITEMS.has(item.id),
    formGives,
    ...(fromForm && !fromForm.ok && fromForm.reason ? { reason: fromForm.reason } : {}),
  };
}

/**
 * The child's checklist with `record` as its 2-1 record: what buildChecklist gives once the
 * record is stored, shown by the page as soon as it is typed.
 */
export function withRecord(c: ChildChecklist, record: Linked): ChildChecklist {
  const items = c.items.map((i) => itemState(i.item, record.data, { ok: i.formGives, reason: i.reason }));
  const missing = items.filter((i) => !i.collected);
  return { ...c, record, items, missing, complete: missing.length === 0 };
}

/** Finds the entry of a child: by roster id first, then by the normalized ID number. */
function linker(entries: readonly Linked[], idKey: string, numberKey: string, better: (a: Linked, b: Linked) => boolean) {
  const byId = new Map<string, Linked>();
  const byNumber = new Map<string, Linked>();
  const put = (m: Map<string, Linked>, k: string | null, e: Linked) => {
    if (!k) return;
    const had = m.get(k);
    if (!had || better(e, had)) m.set(k, e);
  };
  for (const e of entries) {
    put(byId, trimmedOf(e.data[idKey]) || null, e);
    put(byNumber, normalizedId({ idNumber: e.data[numberKey] as string }), e);
  }
  return (childId: string, child: EntryData): Linked | undefined => {
    const number = normalizedId({ idNumber: child.idNumber as string });
    return byId.get(childId) ?? (number ? byNumber.get(number) : undefined);
  };
}

/**
 * Whether a stored entry is 完成. One place on purpose: today it reads the status storage
 * stored (a 附件4 gives evidence only when complete); it is the one line to point at the
 * kit's evaluate() when that decides statuses.
 */
export const isComplete = (entry: { status?: string }): boolean => entry.status === 'complete';

const newer = (a: Linked, b: Linked) => (a.updatedAt ?? 0) > (b.updatedAt ?? 0);
/** Several 附件4 for one child: a complete one counts over a draft, then the newest. */
const betterForm = (a: Linked, b: Linked) => (!!a.complete !== !!b.complete ? !!a.complete : newer(a, b));

export function statusOfChild(child: EntryData): { key: string; label: string; category: string } | null {
  const status = trimmedOf(child.status);
  const category = categoryOf(status);
  if (!category) return null;
  const sub = trimmedOf(child.sub) || (status !== category ? status : '');
  return sub && subBelongsTo(sub, category)
    ? { key: sub, label: `${category}（${sub}）`, category }
    : { key: category, label: category, category };
}

/** The evidence a child's status needs (none: the child is not on the checklist). */
const neededFor = (child: EntryData): readonly EvidenceItem[] =>
  statusOfChild(child) ? evidenceFor(trimmedOf(child.status), trimmedOf(child.sub)) : [];

/**
 * Children whose status needs evidence but who are left off the checklist by 附件1-1's age
 * rule (not 6–15 on `refDate`, or no birth date known): said on the page, so the user knows
 * why the checklist and the roster differ.
 */
export function leftOutByAge(children: readonly Linked[], refDate: string): number {
  return children.filter((c) => neededFor(c.data).length > 0 && !isCounted(c.data, refDate)).length;
}

/**
 * The checklist of the children 附件1-1 counts (6–15 on `refDate`, the same rule:
 * calc/roster-tally's isCounted) whose status needs evidence.
 */
export function buildChecklist(
  children: readonly Linked[], records: readonly Linked[], forms4: readonly Linked[], refDate: string,
): ChildChecklist[] {
  const recordOf = linker(records, 'childId', 'idNumber', newer);
  const formOf = linker(forms4, 'childId', 'idNumber', betterForm);
  const out: ChildChecklist[] = [];
  for (const c of children) {
    const status = statusOfChild(c.data);
    const needed = neededFor(c.data);
    if (!status || !needed.length || !isCounted(c.data, refDate)) continue;
    const record = recordOf(c.id, c.data);
    const form4 = formOf(c.id, c.data);
    const fact = form4 && {
      data: form4.data,
      complete: !!form4.complete,
      ...(form4.complete ? {} : { todo: form4TodoText(form4Todo(form4.data)) }),
    };
    const items = needed.map((item) =>
      itemState(item, record?.data, FORM4_ITEMS.has(item.id) && fact ? form4Satisfies(item.id, fact) : null));
    const missing = items.filter((i) => !i.collected);
    out.push({
      childId: c.id,
      child: c.data,
      name: trimmedOf(c.data.name),
      village: trimmedOf(c.data.village).replace(/\s+/gu, '') || NO_VILLAGE,
      statusKey: status.key,
      statusLabel: status.label,
      ...(record ? { record } : {}),
      ...(form4 ? { form4 } : {}),
      items,
      missing,
      complete: missing.length === 0,
    });
  }
  const collator = new Intl.Collator('zh-CN');
  return out.sort((a, b) =>
    (STATUS_ORDER.get(a.statusKey) ?? 999) - (STATUS_ORDER.get(b.statusKey) ?? 999) ||
    collator.compare(a.village, b.village) || collator.compare(a.name, b.name));
}

/** A stored entry as the checklist reads it. */
export interface StoredEntry { id: string; data: EntryData; status?: string; updatedAt?: number }

const linked = (e: StoredEntry): Linked => ({ id: e.id, data: e.data, complete: isComplete(e), updatedAt: e.updatedAt });

export interface Checklist {
  list: ChildChecklist[];
  /** Children needing evidence but not 6–15 on the reference date (附件1-1 leaves them out too). */
  leftOut: number;
}

/** The checklist page's whole reading of the roster, the 2-1 records and the 附件4 forms. */
export function checklistOf(
  children: readonly StoredEntry[], records: readonly StoredEntry[], forms4: readonly StoredEntry[], refDate: string,
): Checklist {
  const kids = children.map(linked);
  return { list: buildChecklist(kids, records.map(linked), forms4.map(linked), refDate), leftOut: leftOutByAge(kids, refDate) };
}

/** Statuses in the taxonomy's order: each category followed by its sub-statuses. */
export const STATUS_ORDER: ReadonlyMap<string, number> = new Map(
  STATUS_TAXONOMY.flatMap((c) => [c.value, ...c.subs.map((s) => s.value)]).map((v, i) => [v, i]),
);

export interface ChecklistSummary {
  children: number;
  complete: number;
  /** Each item some child lacks, with how many children lack it, most first. */
  missing: { item: EvidenceItem; children: number }[];
}

export function summarize(list: readonly ChildChecklist[]): ChecklistSummary {
  const counts = new Map<string, { item: EvidenceItem; children: number }>();
  for (const c of list)
    for (const m of c.missing) {
      const had = counts.get(m.item.id) ?? { item: m.item, children: 0 };
      had.children++;
      counts.set(m.item.id, had);
    }
  return {
    children: list.length,
    complete: list.filter((c) => c.complete).length,
    missing: [...counts.values()].sort((a, b) => b.children - a.children),
  };
}

export interface ChecklistFilter {
  village?: string;
  /** A statusKey (sub-status or category). */
  status?: string;
  /** An evidence item id, or ANY_MISSING for every child not yet complete. */
  missing?: string;
}
export const ANY_MISSING = '*';

export function filterChecklist(list: readonly ChildChecklist[], f: ChecklistFilter): ChildChecklist[] {
  return list.filter(
    (c) =>
      (!f.village || c.village === f.village) &&
      (!f.status || c.statusKey === f.status) &&
      (!f.missing || (f.missing === ANY_MISSING ? !c.complete : c.missing.some((m) => m.item.id === f.missing))),
  );
}

/** The values each filter can take in this list, in a stable order. */
export function filterOptions(list: readonly ChildChecklist[]) {
  const collator = new Intl.Collator('zh-CN');
  const villages = [...new Set(list.map((c) => c.village))].sort((a, b) =>
    a === NO_VILLAGE ? 1 : b === NO_VILLAGE ? -1 : collator.compare(a, b));
  const statuses = new Map<string, string>();
  for (const c of list) statuses.set(c.statusKey, c.statusLabel);
  const byOrder = [...statuses].sort(([a], [b]) => (STATUS_ORDER.get(a) ?? 999) - (STATUS_ORDER.get(b) ?? 999));
  const items = new Map<string, EvidenceItem>();
  for (const c of list) for (const i of c.items) items.set(i.item.id, i.item);
  return { villages, statuses: byOrder.map(([value, label]) => ({ value, label })), items: [...items.values()] };
}
