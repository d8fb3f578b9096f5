// The bureau's county summary of one annex as a landscape PDF: the same rows as its sheet of
// the .xlsx (a row per school or town, then 合计), through the grouped-table printer.
import type { CountySummary } from '../../calc/county';
import { formatPercent } from '../../calc/percent';
import type { GroupedTable } from '../../forms/kit/grouped-table';
import type { Settings } from '../../settings/schema';
import { groupedTablePdf } from './grouped-table';

/** The printed table: every cell as text, shares to one decimal. */
export function countyTable(s: CountySummary, title: string, info: string): GroupedTable {
  const { columns } = s.annex;
  const row = (unit: string, v: Record<string, number | null>) =>
    [unit, ...columns.map((c) => (c.share ? formatPercent(v[c.key] ?? null) : String(v[c.key] ?? '')))];
  const shares = columns.some((c) => c.share);
  return {
    title,
    info,
    infoRight: `共 ${s.schools.length} ${s.annex.sender === '镇' ? '个镇（街道）' : '所学校'}`,
    columns: [{ label: s.annex.unitLabel, width: 16 }, ...columns.map((c) => ({ label: c.label, width: 6 }))],
    groups: [{ title: '', rows: [...s.schools.map((x) => row(x.unit, x.values)), row('合计', s.totals)] }],
    notes: shares ? ['合计中的比例由合计人数计算，不是各校比例的平均。'] : [],
  };
}

export function countyPdf(s: CountySummary, title: string, settings: Settings, font: ArrayBuffer | Uint8Array): Uint8Array {
  return groupedTablePdf(countyTable(s, title, settings.bureau), settings, font);
}
