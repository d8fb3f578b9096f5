// The county totals and the table per school, sortable by tapping a column header.
import { useState } from 'preact/hooks';
import { COUNT_KEYS, type CountySummary, type SchoolRow } from '../../../calc/county';
import { formatPercent } from '../../../calc/percent';
import { columnLabel, COUNTY_COLUMNS } from '../../xlsx/county-workbook';

const isCount = (k: string) => (COUNT_KEYS as readonly string[]).includes(k);
const valueOf = (s: SchoolRow, k: string): number | null =>
  isCount(k) ? s.counts[k as keyof SchoolRow['counts']] : s.shares[k];
const show = (k: string, v: number | null) => (isCount(k) ? String(v ?? '') : formatPercent(v));

export function TotalsTable({ summary }: { summary: CountySummary }) {
  return (
    <table class="county-totals" aria-label="全县合计">
      <tbody>
        {COUNTY_COLUMNS.map((k) => (
          <tr key={k}>
            <th scope="row">{columnLabel(k)}</th>
            <td data-key={k}>{isCount(k) ? summary.totals[k as keyof typeof summary.totals] : formatPercent(summary.totalShares[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SchoolTable({ summary }: { summary: CountySummary }) {
  const [sort, setSort] = useState<{ key: string; up: boolean }>({ key: 'unit', up: true });
  const rows = [...summary.schools].sort((a, b) => {
    const d = sort.key === 'unit'
      ? a.unit.localeCompare(b.unit, 'zh-CN')
      : (valueOf(a, sort.key) ?? -1) - (valueOf(b, sort.key) ?? -1);
    return sort.up ? d : -d;
  });
  const head = (key: string, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.up ? 'ascending' : 'descending') : 'none'} key={key}>
      <button type="button" class="link" onClick={() => setSort({ key, up: sort.key === key ? !sort.up : true })}>
        {label}{sort.key === key ? (sort.up ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
  return (
    <div class="scroll-x">
      <table class="county-schools" aria-label="各校情况">
        <thead><tr>{head('unit', '单位名称')}{COUNTY_COLUMNS.map((k) => head(k, columnLabel(k)))}</tr></thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.unit}>
              <th scope="row">{s.unit}</th>
              {COUNTY_COLUMNS.map((k) => <td key={k}>{show(k, valueOf(s, k))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
