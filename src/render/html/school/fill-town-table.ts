import { countKeys } from '../../../calc/county';
import { COUNTY_1_1 } from '../../../calc/county-annexes';
import type { MergedVillage } from '../../../calc/town-merge';
import { schoolingReport } from '../../../forms/schooling-report';
import { townTable } from '../../../forms/town-table';
import type { RowItem } from '../../../forms/kit/field';
import { saveEntry } from '../../../storage/entry-write';
import { flushAll } from '../../../storage/session';
import { reportEntry } from '../../../storage/summary';

const COLUMN_KEYS = (townTable.fieldByKey.get('villages') as { columns: { key: string }[] }).columns.map((c) => c.key);

/** The merged villages as 附件1-2 rows; 负责学校 is the reporting school where the file left it empty. */
export function townRows(villages: readonly MergedVillage[]): RowItem[] {
  return villages.map((v) => {
    const row = Object.fromEntries(COLUMN_KEYS.filter((k) => v.row[k] != null && v.row[k] !== '').map((k) => [k, v.row[k]])) as RowItem;
    return { ...row, village: v.village, school: row.school || v.school };
  });
}

/** How many village rows this device's own 附件1-2 holds now (0 when it was never typed into). */
export async function storedVillageCount(): Promise<number> {
  await flushAll();
  const { entry, stored } = await reportEntry(townTable);
  return stored && Array.isArray(entry.data.villages) ? entry.data.villages.length : 0;
}

/** Replaces the village rows of this device's 附件1-2 with the merged ones. */
export async function fillTownTable(villages: readonly MergedVillage[]): Promise<void> {
  await flushAll();
  const { entry, stored } = await reportEntry(townTable);
  await saveEntry({ ...entry, data: { ...entry.data, villages: townRows(villages) } },
    stored ? entry.updatedAt : undefined);
}

/** The counts of 附件1-1 the town sums from its schools' reports. */
const REPORT_KEYS = countKeys(COUNTY_1_1);

/** Whether this device's 附件1-1 has counts typed over the computed ones, which filling would replace. */
export async function typedReportCounts(): Promise<number> {
  await flushAll();
  const { entry, stored } = await reportEntry(schoolingReport);
  return stored ? REPORT_KEYS.filter((k) => typeof entry.data[k] === 'number').length : 0;
}

/** Types the town's sums into this device's 附件1-1, over whatever it computed from a roster. */
export async function fillTownReport(totals: Record<string, number | null>): Promise<void> {
  await flushAll();
  const { entry, stored } = await reportEntry(schoolingReport);
  await saveEntry({ ...entry, data: { ...entry.data, ...Object.fromEntries(REPORT_KEYS.map((k) => [k, totals[k] ?? null])) } },
    stored ? entry.updatedAt : undefined);
}
