import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../src/io/backup';
import { contentHash } from '../../src/io/content-hash';
import { CLOCK_SLACK, planImport, planView, prepareIncoming, SHOWN_ROWS, tallyPlan, toWrite, type Incoming } from '../../src/io/merge';
import { defaultSettings } from '../../src/settings/schema';
import type { Entry } from '../../src/storage/entry';
import { newEntry } from '../../src/storage/entry-parse';

const entry = (student: string, updatedAt: number) => ({ ...newEntry('3-1', { student }), updatedAt });
const NOW = 1_000_000;
const opts = { now: NOW };
const inc = (raw: unknown, source = 'x.xlsx') => ({ source, raw });
/** A stored row as knownEntries gives it. */
const known = (...rows: Entry[]) => new Map(rows.map((r) => [r.id, r]));
const edit = (e: Entry, student: string, updatedAt = e.updatedAt): Entry => ({ ...e, updatedAt, data: { ...e.data, student } });

describe('planImport', () => {
  it('adds new entries, updates older ones, leaves equal or newer ones alone', () => {
    const a = entry('甲', 100);
    const b = entry('乙', 100);
    const c = entry('丙', 100);
    const plan = planImport(known(edit(b, '乙旧', 50), edit(c, '丙新', 200)), [a, b, c].map((raw) => inc(raw)), opts);
    expect(plan.map((p) => p.action)).toEqual(['new', 'updated', 'unchanged']);
    expect(toWrite(plan).map((e) => e.data.student)).toEqual(['甲', '乙']);
  });

  it('changes nothing when the same file comes twice', () => {
    const rows = [entry('甲', 100), entry('乙', 120)];
    const first = planImport(new Map(), rows.map((raw) => inc(raw, 'f')), opts);
    const second = planImport(known(...toWrite(first)), rows.map((raw) => inc(raw, 'f')), opts);
    expect(tallyPlan(second)).toMatchObject({ new: 0, updated: 0, unchanged: 2, rejected: 0, conflict: 0 });
  });

  it('keeps the newest of two copies of one entry across files', () => {
    const old = entry('甲', 100);
    const fresh = { ...old, updatedAt: 300, data: { ...old.data, className: '新班级' } };
    const plan = planImport(new Map(), [inc(fresh, 'a'), inc(old, 'b')], opts);
    expect(toWrite(plan)).toHaveLength(1);
    expect(toWrite(plan)[0].data.className).toBe('新班级');
  });

  it('rejects rows that do not parse, naming the row and the field by its label', () => {
    const plan = planImport(new Map(), [
      { source: 't.xlsx', row: 3, raw: { id: 'nope', formId: '3-1', createdAt: 'x' } },
      { source: 't.xlsx', row: 4, raw: { ...entry('甲', 1), formId: '9-9' } },
      { source: 't.xlsx', row: 5, raw: { ...entry('甲', 1), data: { student: 7 } } },
    ], opts);
    expect(plan.map((p) => [p.action, p.row])).toEqual([['rejected', 3], ['rejected', 4], ['rejected', 5]]);
    expect(plan[0].reason).toBe('“记录编号”“版本号”“创建时间”“修改时间”“状态”“内容”格式不正确，未导入。请在本应用中重新导出此记录后再导入。');
    expect(plan[1].reason).toBe('不是本应用的表格记录，未导入。请用本应用重新导出后再导入。');
    expect(plan[2].reason).toMatch(/^“受访学生姓名”格式不正确/);
  });

  it('refuses hostile rows one by one without throwing', () => {
    const good = entry('甲', 1);
    const hostile = [null, 5, 'x', [], {}, { formId: '__proto__' }, { ...good, data: [] }, { ...good, data: 'x' },
      JSON.parse(`{"formId":"3-1","id":"${good.id}","data":{"__proto__":{"polluted":1}}}`)];
    const plan = planImport(new Map(), hostile.map((raw) => inc(raw)), opts);
    expect(plan.map((p) => p.action)).toEqual(hostile.map(() => 'rejected'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not bring back an entry deleted after the copy was made', () => {
    const a = entry('甲', 100);
    const plan = planImport(known({ ...edit(a, '甲'), deletedAt: 150 }), [inc(edit(a, '甲改'))], opts);
    expect(plan[0].action).toBe('unchanged');
    const later = planImport(known({ ...a, deletedAt: 150 }), [inc(edit(a, '甲改', 200))], opts);
    expect(later[0].action).toBe('updated');
    const future = planImport(known({ ...a, deletedAt: 150 }), [inc(edit(a, '甲改', NOW * 10))], opts);
    expect(future[0].action).toBe('unchanged');
  });
});

describe('agreement', () => {
  // L = stored, I = incoming, B = the version both last agreed on (L.base).
  const agreed = entry('甲', 100);
  const B = contentHash(agreed.data);
  const plan = (local: Entry, incoming: Entry, choices?: Map<number, 'local' | 'file'>) =>
    planImport(known(local), [inc(incoming)], { now: NOW, choices })[0];

  it('I = L: 未变', () => {
    expect(plan({ ...agreed, base: B }, edit(agreed, '甲', 900)).action).toBe('unchanged');
  });
  it('not edited here since the agreement: 更新, and the new version is agreed', () => {
    const p = plan({ ...agreed, base: B }, edit(agreed, '甲改', 50));
    expect(p.action).toBe('updated');
    expect(p.write?.base).toBe(contentHash(p.write!.data));
  });
  it('the file is the agreed version and this device corrected it since: 未变, the correction stays', () => {
    const p = plan({ ...edit(agreed, '甲（更正）', 200), base: B }, { ...agreed, updatedAt: NOW * 10 });
    expect(p.action).toBe('unchanged');
    expect(toWrite([p])).toEqual([]);
  });
  it('both changed: a conflict showing the differing fields by label, settled per record', () => {
    const local = { ...edit(agreed, '甲（学校）', 200), base: B };
    const file = edit(agreed, '甲（老师）', 300);
    const p = plan(local, file);
    expect(p.action).toBe('conflict');
    expect(p.diffs).toEqual([{ label: '受访学生姓名', local: '甲（学校）', file: '甲（老师）' }]);
    expect(toWrite([p])).toEqual([]);
    const mine = plan(local, file, new Map([[0, 'local']]));
    expect(mine.action).toBe('unchanged');
    expect(toWrite([mine])[0].data.student).toBe('甲（学校）');
    // Keeping this device's version after seeing the file's: the same file again is 未变.
    expect(plan(toWrite([mine])[0], file).action).toBe('unchanged');
    const theirs = plan(local, file, new Map([[0, 'file']]));
    expect(theirs.action).toBe('updated');
    expect(toWrite([theirs])[0]).toMatchObject({ updatedAt: NOW, data: { student: '甲（老师）' } });
  });
  it('no agreement yet: the later updatedAt wins, but a clock from the future is a conflict', () => {
    expect(plan(agreed, edit(agreed, '甲改', 200)).action).toBe('updated');
    expect(plan(edit(agreed, '甲', 300), edit(agreed, '甲改', 200)).action).toBe('unchanged');
    const p = plan(agreed, edit(agreed, '甲改', NOW + CLOCK_SLACK + 1));
    expect(p.action).toBe('conflict');
    expect(p.notes[0]).toMatch(/^修改时间晚于本机时间（\d{4}-\d{2}-\d{2}），按导入时间处理。$/);
  });
  it('a clock a few minutes ahead is believed', () => {
    const p = plan(agreed, edit(agreed, '甲改', NOW + CLOCK_SLACK));
    expect(p.action).toBe('updated');
    expect(p.notes).toEqual([]);
  });
  it('a new entry from the future is kept at the import time', () => {
    const p = planImport(new Map(), [inc(edit(agreed, '甲', NOW * 10))], opts)[0];
    expect(p.write?.updatedAt).toBe(NOW);
  });
});

describe('rows checked in the parsing worker', () => {
  it('plan exactly as rows checked on the page, though only the checked row crosses (as JSON)', () => {
    const a = entry('甲', 100);
    const b = entry('乙', 100);
    const rows: Incoming[] = [
      inc(edit(a, '甲新', 200)), inc(b), inc(entry('丙', NOW * 10)), inc({ ...entry('丁', 100), data: { student: 1 } }), inc({ formId: 'nope' }),
    ];
    const crossed = rows.map((r) => JSON.parse(JSON.stringify({ ...r, raw: undefined, prepared: prepareIncoming(r) })) as Incoming);
    const stored = known(a, edit(b, '乙', 50));
    expect(planImport(stored, crossed, opts)).toEqual(planImport(stored, rows, opts));
    expect(tallyPlan(planImport(stored, crossed, opts))).toMatchObject({ new: 1, updated: 1, unchanged: 1, rejected: 2 });
  });
});

describe('backup', () => {
  it('round-trips entries and settings', () => {
    const s = { ...defaultSettings(), unit: '城关中学' };
    const e = entry('甲', 100);
    const read = readBackup(makeBackup([e], s), 'b.json');
    if ('error' in read) throw new Error(read.error);
    expect(read.settings).toEqual(s);
    expect(read.incoming[0].raw).toEqual(e);
  });
  it('explains a foreign or broken file in Chinese', () => {
    expect(readBackup('{"a":1}', 'x.json')).toEqual({ error: 'x.json：这不是本应用的备份文件。' });
    expect(readBackup('{oops', 'x.json')).toEqual({ error: 'x.json：文件已损坏或不是本应用的备份文件。' });
  });
});

describe('planView', () => {
  it('gives the preview the totals and every row it lists, without the rest of a big plan', () => {
    const stored = entry('乙', 100);
    const rows = [
      inc({ id: 'nope' }),
      ...Array.from({ length: SHOWN_ROWS + 50 }, (_, i) => inc(entry(`学生${i}`, 100))),
      // Both sides changed (a clock from the future): a conflict, far down the file.
      inc({ ...edit(stored, '乙文件'), updatedAt: NOW + CLOCK_SLACK * 2 }),
    ];
    const plan = planImport(known({ ...edit(stored, '乙本机', 200), base: 'other' }), rows, opts);
    const view = planView(plan);
    expect(view.tally).toEqual(tallyPlan(plan));
    expect(view.writes).toBe(toWrite(plan).length);
    expect(view.notes).toEqual([...new Set(plan.flatMap((p) => p.notes))]);
    const listed = view.rows.map(([i]) => i);
    // The refused row, the table's first rows, and the conflict: in plan order, each with its index.
    expect(listed).toEqual([0, ...Array.from({ length: SHOWN_ROWS }, (_, i) => i + 1), plan.length - 1]);
    expect(view.rows.at(-1)![1].action).toBe('conflict');
    for (const [i, p] of view.rows) expect(p).toBe(plan[i]);
  });
});
