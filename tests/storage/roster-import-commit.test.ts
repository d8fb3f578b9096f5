// A roster import is written in one transaction: a write that fails part-way leaves nothing.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { countEntries, listEntries } from '../../src/storage/entries';
import { mergeEntries } from '../../src/storage/entry-write';
import { putImported } from '../../src/storage/import-entries';
import { likelyDuplicates, mergePlan } from '../../src/calc/roster-identity';
import { rowsToChildren } from '../../src/io/roster-import/rows';
import { planRosterImport } from '../../src/io/roster-plan';
import { deriveContext } from '../../src/storage/context';
import { saveSettings, loadSettings } from '../../src/storage/settings';
import { schoolingReport } from '../../src/forms/schooling-report';
import { idFor } from '../forms/roster-reports-fixture';

let n = 0;
beforeEach(() => useDb(new AppDB(`roster-commit-${n++}`)));

const rows = rowsToChildren(
  Array.from({ length: 50 }, (_, i) => [`儿童${i}`, idFor('2012-01-01', i), '东街村', '在校']),
  { 0: 'name', 1: 'idNumber', 2: 'village', 3: 'status' },
  { firstRow: 2 },
);

describe('committing a roster import', () => {
  it('writes every child, or none when one of them cannot be written', async () => {
    const plan = planRosterImport([], rows);
    const broken = plan.writes.map((e, i) => (i === 40 ? { ...e, id: undefined as unknown as string } : e));
    await expect(putImported(broken)).rejects.toThrow();
    expect(await countEntries('roster')).toBe(0);
    await putImported(plan.writes);
    expect(await countEntries('roster')).toBe(50);
  });

  it('gives 附件1-1 the roster and the reference date from settings', async () => {
    await putImported(planRosterImport([], rows).writes);
    await saveSettings({ ...(await loadSettings()), year: 2021, town: '城关镇' });
    const ctx = await deriveContext(schoolingReport);
    expect(ctx.refDate).toBe('2021-08-31');
    expect(ctx.sources.roster).toHaveLength(50);
    const v = schoolingReport.resolve({}, ctx);
    expect([v.area, v.total, v.inCounty]).toEqual(['城关镇', 50, 50]);
    expect((await listEntries('roster')).every((e) => e.status === 'complete')).toBe(true);
  });

  it('finding 3: a roster imported again after two ID numbers were fixed in Excel keeps 115 children and 附件1-1 共计', async () => {
    await saveSettings({ ...(await loadSettings()), year: 2021, town: '城关镇' });
    const cells = Array.from({ length: 115 }, (_, i) => {
      const birth = `2010-02-${String((i % 28) + 1).padStart(2, '0')}`;
      return [`学生${i}`, idFor(birth, i % 100), birth, '东街村', '在校'];
    });
    const mistyped = cells.map((c, i) => (i === 3 || i === 80 ? [c[0]!, c[1]!.replace(/.$/u, (d) => (d === '1' ? '2' : '1')), ...c.slice(2)] : c));
    const read = (cs: string[][]) => rowsToChildren(cs, { 0: 'name', 1: 'idNumber', 2: 'birth', 3: 'village', 4: 'status' }, { firstRow: 2 });
    const total = async () => schoolingReport.resolve({}, await deriveContext(schoolingReport)).total;

    await putImported(planRosterImport([], read(mistyped)).writes);
    expect(await total()).toBe(115);
    const plan = planRosterImport(await listEntries('roster'), read(cells));
    expect(plan.counts).toMatchObject({ new: 0, corrected: 2, unchanged: 113 });
    await putImported(plan.writes);
    expect(await countEntries('roster')).toBe(115);
    expect(await total()).toBe(115);
    const fixed = (await listEntries('roster')).filter((e) => e.data.name === '学生3' || e.data.name === '学生80');
    expect(fixed.map((e) => e.data.idNumber).sort()).toEqual([cells[3]![1], cells[80]![1]].sort());
  });

  it('a child imported twice under two numbers is merged into one in one step, and 撤销 brings both back', async () => {
    const read = (cs: string[][]) => rowsToChildren(cs, { 0: 'name', 1: 'idNumber', 2: 'birth', 3: 'village', 4: 'parent' }, { firstRow: 2 });
    await putImported(planRosterImport([], read([['李四', '6105262012070102', '2012-07-01', '西街村', '李明']]), 1000).writes);
    // An older copy of the app added the corrected row as a second child.
    await putImported(planRosterImport([], read([['李四', idFor('2012-07-01', 2), '', '西街村', '']]), 2000).writes);
    const both = await listEntries('roster');
    const [group] = likelyDuplicates(both);
    expect(group).toHaveLength(2);
    const right = group!.find((e) => e.data.idNumber === idFor('2012-07-01', 2))!;
    const { kept, others } = mergePlan(group!, right.id);
    const before = group!.find((e) => e.id === kept.id)!;
    await mergeEntries(kept, others);
    const after = await listEntries('roster');
    expect(after.map((e) => [e.createdAt, e.data.idNumber, e.data.parent])).toEqual([[1000, idFor('2012-07-01', 2), '李明']]);
    expect(likelyDuplicates(after)).toEqual([]);
    await mergeEntries(before, others, true);
    expect((await listEntries('roster')).map((e) => e.data.idNumber).sort()).toEqual(['6105262012070102', idFor('2012-07-01', 2)].sort());
  });
});
