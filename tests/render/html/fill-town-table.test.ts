import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { AppDB, useDb } from '../../../src/storage/db';
import { listEntries } from '../../../src/storage/entries';
import { fillTownTable, storedVillageCount, townRows } from '../../../src/render/html/school/fill-town-table';
import { MemoryStorage } from '../../storage/memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`town-fill-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const merged = [
  { village: '东村', school: '城关一小', row: { village: '东 村', total: 10, age6: 10, principal: '张校长', stray: 'x' } },
  { village: '南村', school: '城关二小', row: { village: '南村', total: 7, age6: 7, school: '南村小学' } },
];

it('keeps the 1-2 columns only and names the reporting school where 负责学校 is empty', () => {
  expect(townRows(merged)).toEqual([
    { village: '东村', total: 10, age6: 10, principal: '张校长', school: '城关一小' },
    { village: '南村', total: 7, age6: 7, school: '南村小学' },
  ]);
});

it('writes the rows into the town\'s 1-2, whose 合计 is then their sum', async () => {
  expect(await storedVillageCount()).toBe(0);
  await fillTownTable(merged);
  const [entry] = await listEntries('1-2');
  expect((entry!.data.villages as unknown[]).length).toBe(2);
  expect(await storedVillageCount()).toBe(2);
});
