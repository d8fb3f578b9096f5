// The bureau's county summary of 附件3-2 as a landscape PDF: the same rows as the .xlsx
// (a row per school, then 合计), through the grouped-table printer.
import { COUNT_KEYS, type CountySummary } from '../../calc/county';
import { formatPercent } from '../../calc/percent';
import type { GroupedTable } from '../../forms/kit/grouped-table';
import type { Settings } from '../../settings/schema';
import { columnLabel, COUNTY_COLUMNS } from '../xlsx/county-workbook';
import { groupedTablePdf } from './grouped-table';

const isCount = (k: string) => (COUNT_KEYS as readonly string[]).includes(k);

/** The printed table: every cell as text, shares to one decimal. */
export function countyTable(s: CountySummary, title: string, info: string): GroupedTable {
  const row = (unit: string, counts: Record<string, number>, shares: Record<string, number | null>) =>
    [unit, ...COUNTY_COLUMNS.map((k) => (isCount(k) ? String(counts[k]) : formatPercent(shares[k])))];
  return {
    title,
    info,
    infoRight: `共 ${s.schools.length} 所学校`,
    columns: [{ label: '单位名称', width: 16 }, ...COUNTY_COLUMNS.map((k) => ({ label: columnLabel(k), width: 6 }))],
    groups: [{ title: '', rows: [...s.schools.map((x) => row(x.unit, x.counts, x.shares)), row('合计', s.totals, s.totalShares)] }],
    notes: ['合计中的比例由合计人数计算，不是各校比例的平均。'],
  };
}

export function countyPdf(s: CountySummary, title: string, settings: Settings, font: ArrayBuffer | Uint8Array): Uint8Array {
  return groupedTablePdf(countyTable(s, title, settings.bureau), settings, font);
}
