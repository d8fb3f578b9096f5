import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../src/io/backup';
import { planImport, tallyPlan, toWrite } from '../../src/io/merge';
import { defaultSettings } from '../../src/settings/schema';
import { newEntry } from '../../src/storage/entries';

const entry = (student: string, updatedAt: number) => ({ ...newEntry('3-1', { student }), updatedAt });

describe('planImport', () => {
  it('adds new entries, updates older ones, leaves equal or newer ones alone', () => {
    const a = entry('甲', 100);
    const b = entry('乙', 100);
    const c = entry('丙', 100);
    const known = new Map([[b.id, { updatedAt: 50 }], [c.id, { updatedAt: 200 }]]);
    const plan = planImport(known, [a, b, c].map((raw) => ({ source: 'x.xlsx', raw })));
    expect(plan.map((p) => p.action)).toEqual(['new', 'updated', 'unchanged']);
    expect(toWrite(plan).map((e) => e.data.student)).toEqual(['甲', '乙']);
  });

  it('changes nothing when the same file comes twice', () => {
    const rows = [entry('甲', 100), entry('乙', 120)];
    const first = planImport(new Map(), rows.map((raw) => ({ source: 'f', raw })));
    const known = new Map(toWrite(first).map((e) => [e.id, { updatedAt: e.updatedAt }]));
    const second = planImport(known, rows.map((raw) => ({ source: 'f', raw })));
    expect(tallyPlan(second)).toEqual({ new: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('keeps the newest of two copies of one entry across files', () => {
    const old = entry('甲', 100);
    const fresh = { ...old, updatedAt: 300, data: { ...old.data, className: '新班级' } };
    const plan = planImport(new Map(), [{ source: 'a', raw: fresh }, { source: 'b', raw: old }]);
    expect(toWrite(plan)).toHaveLength(1);
    expect(toWrite(plan)[0].data.className).toBe('新班级');
  });

  it('rejects rows that do not parse, naming the row', () => {
    const plan = planImport(new Map(), [
      { source: 't.xlsx', row: 3, raw: { id: 'nope', formId: '3-1' } },
      { source: 't.xlsx', row: 4, raw: { ...entry('甲', 1), formId: '9-9' } },
    ]);
    expect(plan.map((p) => [p.action, p.row])).toEqual([['rejected', 3], ['rejected', 4]]);
    expect(plan[0].reason).toMatch(/数据格式不正确/);
    expect(plan[1].reason).toMatch(/未知的表格/);
  });

  it('does not bring back an entry deleted after the copy was made', () => {
    const a = entry('甲', 100);
    const plan = planImport(new Map([[a.id, { updatedAt: 100, deletedAt: 150 }]]), [{ source: 'f', raw: a }]);
    expect(plan[0].action).toBe('unchanged');
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
