// One annex's county totals and its table per school, sortable by tapping a column header.
import { useState } from 'preact/hooks';
import type { CountyColumn, CountySummary } from '../../../calc/county';
import { formatPercent } from '../../../calc/percent';

const show = (c: CountyColumn, v: number | null | undefined) => (c.share ? formatPercent(v ?? null) : String(v ?? ''));

export function TotalsTable({ summary }: { summary: CountySummary }) {
  return (
    <table class="county-totals" aria-label={`${summary.annex.annex}全县合计`}>
      <tbody>
        {summary.annex.columns.map((c) => (
          <tr key={c.key}>
            <th scope="row">{c.label}</th>
            <td data-key={c.key}>{show(c, summary.totals[c.key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SchoolTable({ summary }: { summary: CountySummary }) {
  const { columns, unitLabel, annex } = summary.annex;
  const [sort, setSort] = useState<{ key: string; up: boolean }>({ key: 'unit', up: true });
  const rows = [...summary.schools].sort((a, b) => {
    const d = sort.key === 'unit'
      ? a.unit.localeCompare(b.unit, 'zh-CN')
      : (a.values[sort.key] ?? -1) - (b.values[sort.key] ?? -1);
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
      <table class="county-schools" aria-label={`${annex}各${summary.annex.sender === '镇' ? '镇' : '校'}情况`}>
        <thead><tr>{head('unit', unitLabel)}{columns.map((c) => head(c.key, c.label))}</tr></thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.unit}>
              <th scope="row">{s.unit}</th>
              {columns.map((c) => <td key={c.key}>{show(c, s.values[c.key])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
