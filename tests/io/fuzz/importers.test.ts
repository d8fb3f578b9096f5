// Every importer over the hostile corpus: no call throws, every message is Chinese, a refused
// file leaves the stored entries byte for byte as they were, and a commit is all or nothing.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FORMS } from '../../../src/forms/registry';
import { ENVELOPE_KEYS } from '../../../src/io/formats/data-sheet';
import { AppDB, db, useDb } from '../../../src/storage/db';
import { newEntry } from '../../../src/storage/entry-parse';
import { saveEntry } from '../../../src/storage/entry-write';
import type { Entry } from '../../../src/storage/entry';
import { visitEntry } from '../../render/visit-entry';
import { buildCorpus, type Hostile } from './corpus';
import { commit, importers, type Outcome } from './importers-adapter';

let corpus: Hostile[];
beforeAll(async () => {
  // Exported workbooks carry the time they were written; a fixed clock keeps every cut and
  // flipped byte on the same content, so a run on any day replays the same corpus.
  vi.useFakeTimers({ now: new Date('2021-10-22T08:00:00+08:00'), toFake: ['Date'] });
  try {
    corpus = await buildCorpus();
  } finally {
    vi.useRealTimers();
  }
});

let n = 0;
/** A fresh database holding what a school would have: children, visits, and one damaged row. */
async function freshDb(): Promise<void> {
  useDb(new AppDB(`fuzz-${n++}`));
  await saveEntry(newEntry('roster', { name: '张三', idNumber: '610526201001011234', village: '东槐院村' }));
  await saveEntry(newEntry('roster', { name: '李四', village: '东槐院村' }));
  await db().entries.bulkPut([visitEntry(), { ...visitEntry({ student: '王五' }), id: '9d2f6c1e-3b4a-4c5d-8e6f-000000000002' }]);
  await db().entries.put({ id: 'damaged', formId: '3-1', updatedAt: 'x' } as never);
}

/** The whole entries table, in key order: what "byte for byte the same" compares. */
const dump = async () => JSON.stringify(await db().entries.toArray());

const HAN = /\p{Script=Han}/u;
/** Words a Chinese message may spell in Latin letters (format names the user sees on files). */
const ALLOWED = /Excel|WPS|CSV|PDF|JSON|UTF-8|GBK|\.?(?:xlsx|xlsm|xls|ett|et|csv|txt|json)\b/gi;
const english = (msg: string, file: Hostile) => /[A-Za-z]/.test(msg.replaceAll(file.name, '').replace(ALLOWED, ''));

/** Keys of the envelope and of every form's fields: a user never reads them. */
const KEYS = new Set<string>([...ENVELOPE_KEYS, 'data', ...FORMS.flatMap((f) => f.fields.map((x) => x.key))]);
/** A row note may quote the user's own cell (“FALSE”), never name a key. */
const internalKey = (msg: string) =>
  (msg.replace(/“[^”]*”/g, '').match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).some((w) => KEYS.has(w));

const file = (h: Hostile) => new File([h.bytes as BlobPart], h.name);

describe.each(Object.keys(importers))('the %s importer over the hostile corpus', (kind) => {
  it('never throws, speaks Chinese, and writes all of a file or nothing', async () => {
    const failures: string[] = [];
    const fail = (h: Hostile, what: string) => failures.push(`${h.name} (${h.what}): ${what}`);
    for (const h of corpus) {
      await freshDb();
      const before = await dump();
      let out: Outcome;
      try {
        out = await importers[kind]!(file(h));
      } catch (err) {
        fail(h, `threw ${String((err as Error)?.message ?? err).replace(/\s+/g, " ").slice(0, 160)}`);
        continue;
      }
      for (const m of out.errors) if (!HAN.test(m) || english(m, h)) fail(h, `message not in Chinese: ${m}`);
      for (const m of out.notes) if (!HAN.test(m) || internalKey(m)) fail(h, `row note not in Chinese: ${m}`);
      if (await dump() !== before) fail(h, 'reading and planning changed the stored entries');
      if (!out.writes.length) continue; // refused, or nothing to do: checked just above
      let committed = true;
      try {
        await commit(out.writes);
      } catch {
        committed = false;
      }
      const after = new Map((await db().entries.toArray()).map((r) => [r.id, JSON.stringify(r)]));
      if (!committed) {
        if (await dump() !== before) fail(h, 'a failed commit left a partial write');
        continue;
      }
      const written = new Set(out.writes.map((w) => w.id));
      for (const r of JSON.parse(before) as Entry[])
        if (!written.has(r.id) && after.get(r.id) !== JSON.stringify(r)) fail(h, `an entry not in the plan changed: ${r.id}`);
      for (const id of written) if (!after.has(id)) fail(h, `a planned write is missing: ${id}`);
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});

describe('the commit', () => {
  it('writes nothing when one entry of the batch cannot be stored', async () => {
    await freshDb();
    const before = await dump();
    const ok = { ...visitEntry({ student: '赵六' }), id: '9d2f6c1e-3b4a-4c5d-8e6f-000000000099' };
    // A function cannot be stored in IndexedDB: the last put of the batch fails.
    const broken = { ...ok, id: '9d2f6c1e-3b4a-4c5d-8e6f-000000000098', data: { student: () => '张三' } } as unknown as Entry;
    await expect(commit([ok, broken])).rejects.toThrow();
    expect(await dump()).toBe(before);
  });
});
