// The town's 附件1-1: its schools' reports summed (the same summary the bureau makes), and
// the sums typed into this device's own 附件1-1 on request.
import { useState } from 'preact/hooks';
import type { CountySummary } from '../../../calc/county';
import { explain } from '../../../storage/errors';
import { SchoolTable, TotalsTable } from '../bureau/tables';
import { fillTownReport, typedReportCounts } from './fill-town-table';

export default function TownReport({ summary }: { summary: CountySummary }) {
  const [fill, setFill] = useState<{ state: 'idle' | 'ask' | 'done' | 'error'; text: string }>({ state: 'idle', text: '' });
  const problems = summary.files.filter((f) => f.state !== '已收');

  const write = async (confirmed: boolean) => {
    try {
      const typed = confirmed ? 0 : await typedReportCounts();
      if (typed) return setFill({ state: 'ask', text: `本机的附件1-1 已手工填写了 ${typed} 项人数，将被全镇合计替换。` });
      await fillTownReport(summary.totals);
      setFill({ state: 'done', text: `已填入本机的附件1-1：${summary.schools.length} 所学校，共计 ${summary.totals.total} 人。` });
    } catch (e) {
      setFill({ state: 'error', text: `未填入：${explain(e)}` });
    }
  };

  return (
    <section class="town-report" aria-label="全镇附件1-1" data-testid="town-report">
      <h2>全镇附件1-1</h2>
      <p class="muted">已计入 {summary.schools.length} 所学校的附件1-1，人数相加。</p>
      {problems.length > 0 && (
        <div class="banner error" role="alert">
          {problems.map((f) => <p key={f.name}>{f.unit || f.name}（{f.name}）：{f.state === '有问题' ? f.note : `${f.state}，${f.note}`}</p>)}
        </div>
      )}
      {summary.missing.length > 0 && (
        <p class="late" data-testid="town-report-missing">未报送附件1-1（{summary.missing.length} 所）：{summary.missing.join('、')}</p>
      )}
      <TotalsTable summary={summary} />
      {summary.schools.length > 0 && (
        <>
          <SchoolTable summary={summary} />
          <div class="actions">
            {fill.state === 'ask' ? (
              <>
                <button type="button" class="primary" onClick={() => void write(true)}>确认替换</button>
                <button type="button" onClick={() => setFill({ state: 'idle', text: '' })}>取消</button>
              </>
            ) : <button type="button" class="primary" onClick={() => void write(false)}>填入本机的附件1-1</button>}
          </div>
        </>
      )}
      {fill.text && (
        <p class={fill.state === 'error' ? 'msg error' : 'muted'} role={fill.state === 'error' ? 'alert' : 'status'} data-testid="town-report-fill">
          {fill.text}{fill.state === 'done' && <> <a href="/forms/1-1/">打开附件1-1</a></>}
        </p>
      )}
    </section>
  );
}
