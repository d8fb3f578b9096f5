import { monthlyReport } from '../../../forms/monthly-report';
import { COUNT_PARTS, reasonKey, ROWS } from '../../../forms/monthly-report/derive';
import { ALL_REASONS } from '../../../forms/status-changes';
import { deriveContext } from '../../../storage/context';
import { listEntries } from '../../../storage/entries';
import type { Entry } from '../../../storage/entry';
import { ExportBar } from '../ExportBar';
import { useLive } from '../hooks';

const report = async (month: string) => monthlyReport.resolve({ month }, await deriveContext(monthlyReport));

/**
 * The entry the exporters print: the report's own (填表人, 备注 typed on its page) with the
 * month chosen here, or one never stored; every number is derived.
 */
const entryFor = (month: string, stored: Entry | undefined): Entry => (stored
  ? { ...stored, data: { ...stored.data, month } }
  : { id: crypto.randomUUID(), formId: monthlyReport.id, formVersion: monthlyReport.version,
      createdAt: 0, updatedAt: 0, status: 'complete', data: { month } });

/** 控辍保学月报表 of a month, on screen as on paper, with its Excel and PDF. */
export function MonthlyReportView({ month }: { month: string }) {
  const v = useLive(() => report(month), [month]);
  const stored = useLive(() => listEntries(monthlyReport.id), []);
  if (!v) return <p class="muted">正在读取…</p>;
  const n = (k: string) => String(v[k] ?? 0);
  return (
    <div class="monthly-report">
      <h3>控辍保学月报表（{String(v.monthText)}）</h3>
      <div class="table-scroll">
        <table class="grid-table" data-testid="monthly-report">
          <thead>
            <tr><th>就学状态</th>{COUNT_PARTS.map((p) => <th key={p.key}>{p.label}</th>)}</tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {COUNT_PARTS.map((p) => <td key={p.key} data-testid={`mr-${r.key}-${p.key}`}>{n(`${r.key}${p.part}`)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="muted reason-counts" data-testid="reason-counts">
        {ALL_REASONS.map((r, i) => <li key={r}>{r}：{n(reasonKey(i))} 人</li>)}
        <li>月末疑似辍学及辍学（劝返对象）：{n('toPersuade')} 人</li>
      </ul>
      <ExportBar form={monthlyReport} entries={() => [entryFor(month, stored?.[0])]} kinds={['xlsx', 'pdf']} />
      <p class="muted">填表人、备注可在 <a href="/forms/monthly-report/">控辍保学月报表</a> 页面填写后导出。</p>
    </div>
  );
}
