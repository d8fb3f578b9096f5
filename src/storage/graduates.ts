// 小学毕业库数据台账: the graduate entries, an imported year's list merged into them, and the
// school's changes, each checked against the 销号 rule before it is written.
import {
  changeRefusal, graduateProgress, graduateYears, planGraduateImport, type GraduateData, type GraduatePlan, type YearProgress,
} from '../calc/graduates';
import type { Person } from '../calc/recheck';
import { StorageError } from './errors';
import type { Entry } from './entry';
import { getEntry, readEntries } from './entries';
import { newEntry, statusOf } from './entry-parse';
import { saveEntry } from './entry-write';
import { putImported, stampOf, type SeenStamp } from './import-entries';
import { formById } from '../forms/registry';
import { loadSettings } from './settings';
import { textOf } from '../forms/kit/text-of';

export interface GraduateList {
  years: number[];
  /** Oldest year first, then 毕业学校 and name, as the 表册 orders them. */
  entries: Entry[];
  progress: YearProgress[];
  unreadable: number;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export async function loadGraduates(): Promise<GraduateList> {
  const [settings, read] = await Promise.all([loadSettings(), readEntries('graduate')]);
  const years = graduateYears(settings.year);
  const entries = [...read.entries].sort((a, b) =>
    Number(a.data.year) - Number(b.data.year) || collator.compare(textOf(a.data.school), textOf(b.data.school))
    || collator.compare(textOf(a.data.name), textOf(b.data.name)) || a.createdAt - b.createdAt);
  return { years, entries, progress: graduateProgress(entries.map((e) => e.data), years), unreadable: read.unreadable.length };
}

/** How a year's list would merge into the ledger as it is stored now. */
export async function planGraduates(year: number, people: readonly Person[]): Promise<GraduatePlan> {
  const [settings, { entries }] = await Promise.all([loadSettings(), readEntries('graduate')]);
  return planGraduateImport(year, people, entries, { school: settings.unit });
}

export const CHANGED_SINCE_PLAN = '预览之后，本机的毕业生台账有了变动（可能在另一个标签页中）。请重新选择文件，按新的预览导入。';

/**
 * Writes a previewed plan, all or nothing. The plan is made again from what is stored now:
 * a ledger changed since the preview (another tab imported the list too) is refused rather
 * than written twice.
 */
export async function importGraduates(year: number, people: readonly Person[], previewed: GraduatePlan): Promise<GraduatePlan> {
  const [settings, { entries }] = await Promise.all([loadSettings(), readEntries('graduate')]);
  const plan = planGraduateImport(year, people, entries, { school: settings.unit });
  if (JSON.stringify(plan) !== JSON.stringify(previewed)) throw new StorageError(CHANGED_SINCE_PLAN);
  const form = formById('graduate')!;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const seen = new Map<string, SeenStamp | null>();
  const now = Date.now();
  const rows: Entry[] = plan.add.map((data) => {
    const e = newEntry('graduate', data as Entry['data'], now);
    seen.set(e.id, null);
    return e;
  });
  for (const u of plan.update) {
    const cur = byId.get(u.id)!;
    const data = { ...cur.data, ...u.change } as Entry['data'];
    seen.set(cur.id, stampOf(cur));
    rows.push({ ...cur, data, status: statusOf(form, data), updatedAt: Math.max(now, cur.updatedAt + 1) });
  }
  if (rows.length) await putImported(rows, seen);
  return plan;
}

/** A change the 销号 rule refuses: its message is the rule's, in Chinese. */
export class RefusedChange extends Error {
  override name = 'RefusedChange';
}

// One write at a time per graduate: a second change made while the first is written must
// start from it, not from the copy read before.
const queues = new Map<string, Promise<unknown>>();

/** Stores the school's change to one graduate, unless the 销号 rule refuses it. */
export function changeGraduate(id: string, change: GraduateData): Promise<Entry> {
  const run = async () => {
    const cur = await getEntry(id);
    if (!cur || cur.formId !== 'graduate') throw new StorageError('找不到这名毕业生（可能已在另一个标签页中删除），请刷新页面。');
    const why = changeRefusal(cur.data, change);
    if (why) throw new RefusedChange(why);
    return saveEntry({ ...cur, data: { ...cur.data, ...change } as Entry['data'] });
  };
  const next = (queues.get(id) ?? Promise.resolve()).catch(() => {}).then(run);
  queues.set(id, next);
  return next;
}
